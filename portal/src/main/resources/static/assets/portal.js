// DKFDS's header: the mobile drawer (Menu button, focus kept inside, Escape and the overlay close it)
// and the "more" menu when the main menu outgrows the bar. Only the navigation: DKFDS.init() would also
// take over components whose server-rendered behaviour the pages rely on (the error summary's focus).
if (window.DKFDS) {
    new DKFDS.Navigation().init();
}

// Long-running form posts (import of a kravbank file): while the browser waits for the next page, show
// the status text next to the button and stop a second click from sending the file twice. Without
// JavaScript the form still works; it just shows no progress.
document.addEventListener('submit', function (event) {
    var form = event.target;
    var statusId = form.getAttribute('data-anskaf-progress');
    if (!statusId) {
        return;
    }
    if (form.getAttribute('data-anskaf-sending') === 'true') {
        event.preventDefault();
        return;
    }
    form.setAttribute('data-anskaf-sending', 'true');
    form.setAttribute('aria-busy', 'true');
    var status = document.getElementById(statusId);
    if (status) {
        status.querySelector('p').hidden = false;
    }
});
// Coming back with the browser's back button shows the form as it was, ready to send again.
window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-anskaf-sending]').forEach(function (form) {
        form.removeAttribute('data-anskaf-sending');
        form.removeAttribute('aria-busy');
        var status = document.getElementById(form.getAttribute('data-anskaf-progress'));
        if (status) {
            status.querySelector('p').hidden = true;
        }
    });
});
