// A hostile page: it hides the story's words in #plant the way ?hide= says, before Backstory looks,
// and on ?push it swaps its URL in place afterwards (pushState makes Backstory look again).
(function () {
  var hide = new URLSearchParams(location.search).get('hide') || 'none';
  function plant() {
    var box = document.getElementById('plant');
    if (!box || hide === 'none') return;
    if (hide === 'metadata') {
      // Not on the page at all: the story's words only in what the page tells machines.
      var words = 'Microsoft cuts Israeli military Unit 8200 off from Azure over Gaza surveillance, Brad Smith says';
      box.remove();
      var meta = function (attr, name, content) {
        var el = document.querySelector('meta[' + attr + '="' + name + '"]') || document.head.appendChild(document.createElement('meta'));
        el.setAttribute(attr, name);
        el.setAttribute('content', content);
      };
      meta('name', 'keywords', 'Microsoft, Unit 8200, Azure, Israeli military, Brad Smith, Gaza, surveillance');
      meta('name', 'description', words);
      meta('property', 'og:title', words);
      var ld = document.querySelector('script[type="application/ld+json"]');
      if (ld) ld.textContent = ld.textContent.replace('Harbour strike enters its second week', words);
      return;
    }
    if (hide === 'hidden-attr') box.hidden = true;
    else if (hide === 'aria-hidden') box.setAttribute('aria-hidden', 'true');
    else if (hide === 'inline-display') box.style.display = 'none';
    else if (hide === 'details') {
      var details = document.createElement('details');
      box.parentNode.insertBefore(details, box);
      details.appendChild(document.createElement('summary')).textContent = 'More';
      details.appendChild(box);
    } else box.className = 'plant-' + hide;
  }
  document.addEventListener('DOMContentLoaded', plant);
  if (new URLSearchParams(location.search).has('push')) {
    window.addEventListener('load', function () {
      setTimeout(function () { history.pushState({}, '', location.pathname + location.search.replace('push', 'pushed')); }, 1500);
    });
  }
})();
