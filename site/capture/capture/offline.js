/* The offline cache shared by the capture pages' service workers. Each sw.js sets self.BP_ASSETS (relative to
   itself) and imports this file. Listed files are answered from the cache at once and refreshed from the network
   in the background (stale-while-revalidate), so the next visit gets a newer campaign list or page. */
(function () {
  'use strict';
  var CACHE = 'brandpulse-capture-v1:' + self.registration.scope;
  var assets = self.BP_ASSETS.map(function (a) { return new URL(a, self.location.href).href; });
  var home = new URL('./', self.registration.scope).href;

  self.addEventListener('install', function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) {
      // One by one: a missing favicon must not stop the page from working offline.
      return Promise.all(assets.map(function (url) {
        return fetch(url, { cache: 'no-cache' }).then(function (r) { return r.ok ? cache.put(url, r) : null; }, function () { return null; });
      }));
    }).then(function () { return self.skipWaiting(); }));
  });

  self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (k) { return k.indexOf('brandpulse-capture-') === 0 && k !== CACHE && k.slice(k.indexOf(':') + 1) === self.registration.scope; })
        .map(function (k) { return caches.delete(k); }));
    }).then(function () { return self.clients.claim(); }));
  });

  self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') { return; }
    var url = new URL(request.url);
    url.search = '';
    url.hash = '';
    var key = url.href;
    if (request.mode === 'navigate') {
      if (key !== home && key !== home + 'index.html') { return; }
      key = home;
    } else if (assets.indexOf(key) < 0) {
      return;
    }
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match(key).then(function (cached) {
        var network = fetch(request).then(function (response) {
          if (response.ok) { cache.put(key, response.clone()); }
          return response;
        });
        if (cached) {
          event.waitUntil(network.catch(function () { return null; }));
          return cached;
        }
        return network;
      });
    }));
  });
}());
