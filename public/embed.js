// Pantau Stunting embed resizer: include once on a page that holds iframes of /embed/...
// Each embed posts its content height; the iframe it came from takes that height.
(() => {
  if (window.__pantauEmbed) return;
  window.__pantauEmbed = true;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data?.type !== 'pantau-embed-height' || typeof data.height !== 'number') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      // Only our own embeds may resize a frame: the message must come from the frame's origin.
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = `${Math.max(120, Math.min(data.height, 6000))}px`;
      return;
    }
  });
})();
