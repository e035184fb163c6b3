/*
 * Behaviour every signed-in page shares, as a static file, so the page's Content-Security-Policy
 * needs no 'unsafe-inline'.
 *
 * "Uitloggen" right after typing: the field's save starts when it loses focus, which a click on
 * the button causes. The logout form waits until PrimeFaces has no save queued or running (at most
 * ten seconds), so what was typed is kept before the session ends. The server waits for running
 * requests too.
 */
(function () {
    'use strict';

    var POLL_MILLIS = 50;
    var MAX_WAIT_MILLIS = 10000;

    function savesPending() {
        var pf = window.PrimeFaces;
        if (!pf || !pf.ajax || !pf.ajax.Queue) {
            return false;
        }
        return !pf.ajax.Queue.isEmpty() || (pf.ajax.Queue.xhrs && pf.ajax.Queue.xhrs.length > 0);
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('tvs-logout')) {
            return;
        }
        event.preventDefault();
        var focused = document.activeElement;
        if (focused && focused !== document.body && !form.contains(focused) && focused.blur) {
            focused.blur();
        }
        var button = form.querySelector('button');
        if (button) {
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
        }
        var waited = 0;
        (function submitWhenSaved() {
            if (savesPending() && waited < MAX_WAIT_MILLIS) {
                waited += POLL_MILLIS;
                window.setTimeout(submitWhenSaved, POLL_MILLIS);
                return;
            }
            HTMLFormElement.prototype.submit.call(form);
        })();
    }, true);
})();
