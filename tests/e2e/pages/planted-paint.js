// A hostile page: it paints the story's words in #plant out of sight the way ?hide= says, before Backstory
// looks. 'covered' lays a box of the page's colour over them; 'covered-image' a picture-like box.
(function () {
  var hide = new URLSearchParams(location.search).get('hide') || 'none';
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('plant');
    if (!box || hide === 'none') return;
    box.className = 'plant-' + hide;
    if (hide === 'covered') box.appendChild(document.createElement('div')).className = 'cover';
    if (hide === 'covered-image') box.appendChild(document.createElement('div')).className = 'cover-image';
  });
})();
