// Installed by the page in its <head>: counts every DOM mutation after parsing outside Dossier's
// own host elements (<dossier-…>), so a test can prove highlighting changes nothing.
(function () {
  window.__pageMutations = [];
  const inDossier = (node) => {
    for (let n = node; n; n = n.parentNode) if (n.nodeType === 1 && n.tagName.startsWith('DOSSIER-')) return true;
    return false;
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (inDossier(r.target)) continue;
      const nodes = [...r.addedNodes, ...r.removedNodes];
      if (r.type === 'childList' && nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && n.tagName.startsWith('DOSSIER-'))) continue;
      window.__pageMutations.push(r.type + ':' + (r.attributeName || '') + ':' + (r.target.nodeName || ''));
    }
  });
  // From the end of parsing on: the parser's own insertions are not changes.
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  window.__pageMutationsStop = () => { window.__pageMutations.push(...observer.takeRecords().filter((r) => !inDossier(r.target)).map((r) => r.type)); observer.disconnect(); };
})();
