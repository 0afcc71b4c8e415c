// Where the heat map's figures and panel go on a diagram: never over a label's text, never cut by the diagram's
// visible edge, never under the panel, and the panel off the diagram's own corner. The figures are placed in screen
// pixels, as the browser lays the diagram out at that moment (the labels' text boxes, the figure's own anchor), so
// that the placement holds at every zoom whatever the diagram's transform.

/** On screen a figure is 0.8 to 1.5 times its CSS size, whatever the zoom, so it stays readable zoomed out. */
const MIN_SCALE = 0.8;

const MAX_SCALE = 1.5;

/** Space between a figure and what it belongs to, in screen pixels. */
const GAP = 2;

function overlap(a, b) {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The part of box a outside box b. */
function outside(a, b) {
  return a.width * a.height - overlap(a, b);
}

function box(rect) {
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

/** The text boxes of every label the diagram draws: inside tasks and pools, and the external ones of events, gateways, flows. */
function labelBoxes(root) {
  return [...root.querySelectorAll('.djs-element text')]
    .filter((text) => text.textContent.trim())
    .map((text) => text.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.height > 0)
    .map(box);
}

/** Spots around a task (above, inside its corners, below, beside), or around an event or gateway, or beside a flow's start. */
function candidates(anchor, width, height) {
  const { x, y } = anchor;
  const gap = GAP;
  if (anchor.points) {
    return anchor.points.flatMap((point) => [
      [point.x + gap, point.y - height - gap], [point.x + gap, point.y + gap], [point.x - width - gap, point.y - height - gap],
      [point.x - width - gap, point.y + gap], [point.x - width / 2, point.y - height - gap], [point.x - width / 2, point.y + gap]
    ]);
  }
  const { width: w, height: h } = anchor;
  const cx = x + w / 2;
  const cy = y + h / 2;
  if (anchor.box) {
    return [
      [x + gap, y - height - gap], [x + w - width - gap, y - height - gap], [x + 3 * gap, y + 3 * gap],
      [x + w - width - 3 * gap, y + 3 * gap], [x + 3 * gap, y + h - height - 3 * gap],
      [x + w - width - 3 * gap, y + h - height - 3 * gap], [x + gap, y + h + gap], [x + w - width - gap, y + h + gap],
      [x - width - gap, y], [x + w + gap, y]
    ];
  }
  return [
    [cx - width / 2, y - height - gap], [x + w + gap, cy - height / 2], [x - width - gap, cy - height / 2],
    [x + w + gap, y - height], [x - width - gap, y - height], [cx - width / 2, y + h + gap],
    [x + w + gap, y + h], [x - width - gap, y + h]
  ];
}

/**
 * Places each figure: badges are [{ html, anchor }], html the figure inside an anchor at the diagram element's
 * origin {originX, originY}, anchor {x, y, width, height, box} (a task's box, an event's or gateway's, in diagram
 * units) or {points} (points along a flow, the nearest its gateway first). The first free spot wins; where none is
 * free, a step's figure takes the least covered, a flow's is hidden (zoomed in, it finds room). Each figure is
 * scaled to stay readable. Answers the number of flow figures hidden, or null, placing nothing, while the diagram
 * hides its figures (it does while it zooms or scrolls): there is nothing to measure then.
 */
export function placeBadges(canvas, panel, badges) {
  const viewbox = canvas.viewbox();
  const root = canvas.getContainer();
  badges.forEach(({ html }) => { html.style.visibility = ''; });
  if (badges.some(({ html }) => !html.offsetWidth)) {
    return null;
  }
  const zoom = viewbox.scale;
  const scale = Math.min(Math.max(zoom, MIN_SCALE), MAX_SCALE) / zoom;
  const visible = box(root.getBoundingClientRect());
  const taken = labelBoxes(root);
  if (panel) {
    taken.push(box(panel.getBoundingClientRect()));
  }
  let hidden = 0;
  badges.forEach(({ html, anchor }) => {
    html.style.transform = `scale(${scale})`;
    const width = html.offsetWidth * scale * zoom;
    const height = html.offsetHeight * scale * zoom;
    // the element's origin on screen: where its anchor is
    const origin = html.parentElement.getBoundingClientRect();
    const screen = (point) => ({ x: origin.left + (point.x - anchor.originX) * zoom, y: origin.top + (point.y - anchor.originY) * zoom });
    const onScreen = anchor.points ? { points: anchor.points.map(screen) }
      : { ...anchor, ...screen(anchor), width: anchor.width * zoom, height: anchor.height * zoom };
    let best = null;
    for (const [x, y] of candidates(onScreen, width, height)) {
      const spot = { x, y, width, height };
      const cost = outside(spot, visible) * 4 + taken.reduce((sum, other) => sum + overlap(spot, other), 0);
      if (!best || cost < best.cost) {
        best = { spot, cost };
      }
      if (cost === 0) {
        break;
      }
    }
    if (best.cost > 0 && anchor.points) {
      html.style.visibility = 'hidden';
      hidden += 1;
      return;
    }
    html.style.left = `${(best.spot.x - origin.left) / zoom}px`;
    html.style.top = `${(best.spot.y - origin.top) / zoom}px`;
    taken.push(best.spot);
  });
  return hidden;
}

/**
 * Moves the diagram clear of the panel when the panel covers part of it (a pool's corner, say): it is drawn again,
 * as large as it can be, to the right of the panel or below it, whichever leaves it larger; never larger than it was.
 */
export function clearOfPanel(canvas, panel) {
  const viewbox = canvas.viewbox();
  const { inner, outer, scale } = viewbox;
  if (!inner || !inner.width || !inner.height) {
    return;
  }
  const container = canvas.getContainer().getBoundingClientRect();
  const rect = panel.getBoundingClientRect();
  const covered = { x: rect.left - container.left, y: rect.top - container.top, width: rect.width, height: rect.height };
  const drawn = { x: (inner.x - viewbox.x) * scale, y: (inner.y - viewbox.y) * scale, width: inner.width * scale,
    height: inner.height * scale };
  if (!overlap(covered, drawn)) {
    return;
  }
  const margin = 8;
  const right = covered.x + covered.width + margin;
  const below = covered.y + covered.height + margin;
  const besides = Math.min(scale, (outer.width - right - margin) / inner.width, (outer.height - 2 * margin) / inner.height);
  const under = Math.min(scale, (outer.width - 2 * margin) / inner.width, (outer.height - below - margin) / inner.height);
  const [fit, left, top] = besides >= under ? [besides, right, margin] : [under, margin, below];
  if (fit <= 0) {
    return;
  }
  canvas.viewbox({ x: inner.x - left / fit, y: inner.y - top / fit, width: outer.width / fit, height: outer.height / fit });
}
