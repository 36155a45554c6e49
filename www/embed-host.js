// case-timeline embed host: paste once on a page with case-timeline iframes. Sets each iframe's
// height from the {"datawrapper-height": {id: px}} messages its page sends (Datawrapper's format).
(function () {
  if (window.caseTimelineEmbedHost) return;
  window.caseTimelineEmbedHost = true;
  window.addEventListener("message", function (event) {
    var heights = event.data && event.data["datawrapper-height"];
    if (!heights || typeof heights !== "object") return;
    var frames = document.querySelectorAll("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      for (var id in heights) if (heights[id] > 0) frames[i].style.height = Math.ceil(heights[id]) + "px";
    }
  });
})();
