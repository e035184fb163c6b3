/*
 * The process diagram on the reviewer's application view: loads the application's BPMN model from
 * the portal (signed-in session) and marks the elements the application is in now. A static file,
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
                // The diagram sits in a tab that may be hidden: fit it whenever it gets a size.
                new ResizeObserver(function () {
                    if (container.clientWidth > 0) {
                        canvas.resized();
                        canvas.zoom('fit-viewport');
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

    function start() {
        var container = document.getElementById('processDiagram');
        if (container && window.BpmnJS) {
            show(container);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
