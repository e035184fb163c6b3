/*
 * Behaviour every signed-in page shares, as a static file, so the page's Content-Security-Policy
 * needs no 'unsafe-inline'.
 *
 * "Uitloggen" right after typing: the field's save starts when it loses focus, which a click on
 * the button causes. The logout form waits until PrimeFaces has no save queued or running (at most
 * ten seconds), so what was typed is kept before the session ends. The server waits for running
 * requests too.
 *
 * A form with the class tvs-submit-once (the submission of an application) is sent once: a second
 * click while the first is under way does nothing, and the button shows it is busy. The server
 * gives a second submission the first one's outcome as well.
 *
 * A button with data-tvs-copy="<id>" copies the text of the element with that id to the clipboard and says so in
 * the status region beside it (data-tvs-copied); where the browser refuses, the text is selected for Ctrl+C
 * (data-tvs-copy-failed).
 *
 * After an upload the page comes back with the region that shows its outcome marked
 * (data-tvs-focus="true"): that region gets the focus, so the page opens there and a screen
 * reader reads the outcome, instead of the top of the page.
 *
 * A tab view that renders only its open tab names that tab in the address (tvsRememberTab, its onTabShow):
 * "?reference=...&tab=process" opens the process tab again after a reload, and can be passed on as a link.
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

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('tvs-submit-once')) {
            return;
        }
        if (form.getAttribute('data-submitting') === 'true') {
            event.preventDefault();
            return;
        }
        form.setAttribute('data-submitting', 'true');
        var submitter = event.submitter;
        // disabled only after the browser has taken the button's name and value into the request
        window.setTimeout(function () {
            if (submitter) {
                submitter.disabled = true;
                submitter.setAttribute('aria-busy', 'true');
            }
        }, 0);
    });

    // back to a page kept in the browser's cache: its forms may be sent again
    window.addEventListener('pageshow', function () {
        document.querySelectorAll('form.tvs-submit-once[data-submitting]').forEach(function (form) {
            form.removeAttribute('data-submitting');
            form.querySelectorAll('[aria-busy]').forEach(function (button) {
                button.disabled = false;
                button.removeAttribute('aria-busy');
            });
        });
    });

    function selectText(element) {
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-tvs-copy]') : null;
        if (!button) {
            return;
        }
        var source = document.getElementById(button.getAttribute('data-tvs-copy'));
        if (!source) {
            return;
        }
        var status = button.parentNode.querySelector('.tvs-copy-status');
        function say(text) {
            if (status) {
                status.textContent = text;
            }
        }
        var text = source.textContent;
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(function () {
                say(button.getAttribute('data-tvs-copied'));
            }, function () {
                selectText(source);
                say(button.getAttribute('data-tvs-copy-failed'));
            });
        } else {
            selectText(source);
            say(button.getAttribute('data-tvs-copy-failed'));
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        var outcome = document.querySelector('[data-tvs-focus="true"]');
        if (outcome) {
            outcome.focus();
        }
    });

    /** The tab's name is its panel's id without the "Tab" suffix: dossierForm:tabs:processTab is "process". */
    window.tvsRememberTab = function (tabView, index) {
        var panel = tabView.panelContainer.children().eq(index).attr('id') || '';
        var name = panel.substring(panel.lastIndexOf(':') + 1).replace(/Tab$/, '');
        if (!name || !window.history || !window.history.replaceState) {
            return;
        }
        var url = new URL(window.location.href);
        if (index === 0) {
            url.searchParams.delete('tab');
        } else {
            url.searchParams.set('tab', name);
        }
        window.history.replaceState(window.history.state, '', url.toString());
    };
})();
