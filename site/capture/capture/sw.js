/* Service worker of the English capture page (scope: this folder). It keeps the page, its script, style,
   strings and the published campaign list in a cache, so the page opens and works without a connection. */
self.BP_ASSETS = ['./', './index.html', './capture.js', './capture.css', './i18n/en.json', './campaigns.json', '../assets/favicon.svg'];
importScripts('./offline.js');
