/* Service worker of the Spanish capture page (scope: this folder); the cache logic is shared with the English page. */
self.BP_ASSETS = ['./', './index.html', '../../capture/capture.js', '../../capture/capture.css', '../../capture/i18n/es.json',
  '../../capture/campaigns.json', '../../assets/favicon.svg'];
importScripts('../../capture/offline.js');
