// What a client-side framework does on hydration: it re-renders the page and
// throws away nodes it did not render itself, including foreign ones on <html>.
(function () {
  function hydrate() {
    for (const el of Array.from(document.documentElement.children)) {
      if (el.tagName !== 'HEAD' && el.tagName !== 'BODY') el.remove();
    }
    const main = document.querySelector('main');
    if (main) main.replaceWith(main.cloneNode(true));
  }
  window.addEventListener('load', () => setTimeout(hydrate, 300));
})();
