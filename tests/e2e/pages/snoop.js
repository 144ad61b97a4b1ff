// A page that tries to learn what the reader's extension shows.
(function () {
  const report = { tries: 0 };
  function attempt() {
    report.tries += 1;
    const host = document.querySelector('backstory-sidebar');
    report.hostFound = Boolean(host);
    if (!host) return false;
    report.shadowRoot = host.shadowRoot === null ? 'null' : 'readable';
    report.childNodes = host.childNodes.length;
    report.innerHTML = host.innerHTML.length;
    report.iframesInDocument = document.querySelectorAll('iframe').length;
    report.deepQuery = document.querySelectorAll('backstory-sidebar iframe, backstory-sidebar *').length;
    try {
      host.attachShadow({ mode: 'open' });
      report.attachShadow = 'allowed';
    } catch (e) {
      report.attachShadow = 'refused';
    }
    report.frames = window.frames.length;
    report.frameDocument = 'none';
    for (let i = 0; i < window.frames.length; i++) {
      try {
        const text = window.frames[i].document.body.innerText;
        report.frameDocument = 'read:' + text.slice(0, 40);
      } catch (e) {
        report.frameDocument = 'blocked:' + e.name;
      }
      try {
        report.frameLocation = String(window.frames[i].location.href);
      } catch (e) {
        report.frameLocation = 'blocked:' + e.name;
      }
    }
    report.bodyText = document.body.innerText.includes('Who is who') ? 'leaked' : 'clean';
    return true;
  }
  const timer = setInterval(() => {
    if (attempt() || report.tries > 50) {
      clearInterval(timer);
      // Give the sidebar's frame time to render before the last look.
      setTimeout(() => {
        attempt();
        document.documentElement.setAttribute('data-snoop', JSON.stringify(report));
      }, 1500);
    }
  }, 100);
})();
