/*
 * The process diagram on the reviewer's application view: loads the application's BPMN model from
 * the portal (signed-in session) and marks the elements the application is in now, zoomed in on them
 * so they can be read; a button switches to the whole process and back. A static file,
 * so the page's Content-Security-Policy needs no 'unsafe-inline'.
 */
(function () {
    'use strict';

    function show(container) {
        var viewer = new window.BpmnJS({container: container});
        var active = (container.getAttribute('data-active') || '').split(' ').filter(function (id) { return id; });
        fetch(container.getAttribute('data-model-url'), {credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.text();
            })
            .then(function (xml) { return viewer.importXML(xml); })
            .then(function () {
                var canvas = viewer.get('canvas');
                var registry = viewer.get('elementRegistry');
                var toggle = document.getElementById('processDiagramToggle');
                var whole = active.length === 0;
                function apply() {
                    canvas.resized();
                    if (whole) {
                        canvas.zoom('fit-viewport');
                    } else {
                        focus(canvas, registry, active);
                    }
                    container.setAttribute('data-scale', String(canvas.viewbox().scale));
                    if (toggle) {
                        toggle.textContent = toggle.getAttribute(whole ? 'data-label-focus' : 'data-label-whole');
                        toggle.hidden = active.length === 0;
                    }
                }
                if (toggle) {
                    toggle.addEventListener('click', function () {
                        whole = !whole;
                        apply();
                    });
                }
                // The diagram sits in a tab that may be hidden: lay it out whenever it gets a size.
                new ResizeObserver(function () {
                    if (container.clientWidth > 0) {
                        apply();
                    }
                }).observe(container);
                active.forEach(function (id) {
                    if (registry.get(id)) {
                        canvas.addMarker(id, 'tvs-current');
                    }
                });
                container.setAttribute('data-rendered', 'true');
            })
            .catch(function (error) {
                container.setAttribute('data-error', String(error));
            });
    }

    var READABLE = 0.75;

    /**
     * Shows the current steps at their drawn size (readable), centred. Several steps are shown
     * together when that keeps them readable; otherwise the tasks someone works on come first, and
     * of those the first (the list under the diagram names them all).
     */
    function focus(canvas, registry, active) {
        var shapes = active.map(function (id) { return registry.get(id); }).filter(function (shape) { return shape; });
        if (shapes.length === 0) {
            canvas.zoom('fit-viewport');
            return;
        }
        var waiting = shapes.filter(function (s) { return /UserTask|ReceiveTask/.test(s.type); });
        var candidates = [shapes, waiting, waiting.slice(0, 1), shapes.slice(0, 1)];
        for (var i = 0; i < candidates.length; i++) {
            if (candidates[i].length > 0 && centre(canvas, candidates[i]) >= READABLE) {
                return;
            }
        }
    }

    /** Centres the shapes, at most at their drawn size; returns the scale. */
    function centre(canvas, shapes) {
        var minX = Math.min.apply(null, shapes.map(function (s) { return s.x; }));
        var minY = Math.min.apply(null, shapes.map(function (s) { return s.y; }));
        var maxX = Math.max.apply(null, shapes.map(function (s) { return s.x + (s.width || 0); }));
        var maxY = Math.max.apply(null, shapes.map(function (s) { return s.y + (s.height || 0); }));
        var size = canvas.getSize();
        var margin = 160;
        var scale = Math.min(1, size.width / (maxX - minX + 2 * margin), size.height / (maxY - minY + 2 * margin));
        var width = size.width / scale;
        var height = size.height / scale;
        canvas.viewbox({x: (minX + maxX) / 2 - width / 2, y: (minY + maxY) / 2 - height / 2, width: width, height: height});
        return scale;
    }

    /* The process tab is rendered when it is opened, and again when a decision renders the form anew. */
    function start() {
        var container = document.getElementById('processDiagram');
        if (container && window.BpmnJS && !container.hasAttribute('data-started')) {
            container.setAttribute('data-started', 'true');
            show(container);
        }
    }

    function watch() {
        start();
        new MutationObserver(start).observe(document.body, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', watch);
    } else {
        watch();
    }
})();
