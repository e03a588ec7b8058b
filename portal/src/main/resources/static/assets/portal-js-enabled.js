// Loaded in <head>, before the first paint: with scripts running, the header's menu is DKFDS's mobile
// drawer behind the Menu button; without them (portal.css, html:not(.js)) the drawer's content is shown
// in place, so the navigation never depends on JavaScript.
document.documentElement.classList.add('js');
