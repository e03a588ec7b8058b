// Auto-save on the supplier's answer page (progressive enhancement; the page's buttons save without it).
// A changed choice, elaboration or price is sent as the form would send it with "Gem", so the server
// checks the same rules. A save the server refuses (the page comes back instead of a redirect) leaves
// the page as it is and says so; the buttons then show the reason.
(function () {
    var form = document.getElementById('answer-form');
    var status = document.getElementById('autosave-status');
    if (!form || !status || !window.fetch || !window.URLSearchParams) {
        return;
    }
    var pending = null;
    function save() {
        var body = new URLSearchParams(new FormData(form));
        body.set('gaa', 'gem');
        status.textContent = status.getAttribute('data-saving');
        fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'})
            .then(function (response) {
                status.textContent = status.getAttribute(response.ok && response.redirected ? 'data-saved' : 'data-failed');
            })
            .catch(function () {
                status.textContent = status.getAttribute('data-failed');
            });
    }
    form.addEventListener('change', function () {
        // A radio change and a field's change can come together: save once.
        clearTimeout(pending);
        pending = setTimeout(save, 300);
    });
})();
