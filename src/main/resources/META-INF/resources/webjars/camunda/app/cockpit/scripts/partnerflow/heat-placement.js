// Where the heat map's figures and panel go on a diagram: never over a label's text, never cut by the diagram's
// visible edge, never under the panel, and the panel off the diagram's own corner. Geometry in diagram units (the
// coordinates of the BPMN diagram interchange), read from the browser's layout, so it holds at every zoom.

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

/** A screen rectangle (getBoundingClientRect) in diagram units. */
function toDiagram(rect, viewbox, container) {
  return {
    x: viewbox.x + (rect.left - container.left) / viewbox.scale,
    y: viewbox.y + (rect.top - container.top) / viewbox.scale,
    width: rect.width / viewbox.scale,
    height: rect.height / viewbox.scale
  };
}

/** The text boxes of every label the diagram draws: inside tasks and pools, and the external ones of events, gateways, flows. */
function labelBoxes(root, viewbox, container) {
  return [...root.querySelectorAll('.djs-element text')]
    .filter((text) => text.textContent.trim())
    .map((text) => text.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.height > 0)
    .map((rect) => toDiagram(rect, viewbox, container));
}

/** Spots around a task (above, inside its corners, below, beside), or around an event or gateway, or beside a flow's start. */
function candidates(anchor, width, height, gap) {
  const { x, y } = anchor;
  if (anchor.point) {
    return [
      [x + gap, y - height - gap], [x + gap, y + gap], [x - width - gap, y - height - gap], [x - width - gap, y + gap],
      [x - width / 2, y - height - gap], [x - width / 2, y + gap]
    ];
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
 * Places each figure: badges are [{ html, anchor }], html the figure inside an overlay at the diagram element's
 * origin {originX, originY}, anchor {x, y, width, height, box} (a task's box, an event's or gateway's, in diagram
 * units) or {x, y, point: true} (where a flow leaves its gateway). The first free spot wins; where none is free,
 * the least covered. Then each figure is scaled to stay readable.
 */
export function placeBadges(canvas, panel, badges) {
  const viewbox = canvas.viewbox();
  const root = canvas.getContainer();
  const container = root.getBoundingClientRect();
  const scale = Math.min(Math.max(viewbox.scale, MIN_SCALE), MAX_SCALE) / viewbox.scale;
  const visible = { x: viewbox.x, y: viewbox.y, width: viewbox.width, height: viewbox.height };
  const taken = labelBoxes(root, viewbox, container);
  if (panel) {
    taken.push(toDiagram(panel.getBoundingClientRect(), viewbox, container));
  }
  const gap = GAP / viewbox.scale;
  badges.forEach(({ html, anchor }) => {
    html.style.transform = `scale(${scale})`;
    const width = html.offsetWidth * scale;
    const height = html.offsetHeight * scale;
    let best = null;
    for (const [x, y] of candidates(anchor, width, height, gap)) {
      const box = { x, y, width, height };
      const cost = outside(box, visible) * 4 + taken.reduce((sum, other) => sum + overlap(box, other), 0);
      if (!best || cost < best.cost) {
        best = { box, cost };
      }
      if (cost === 0) {
        break;
      }
    }
    html.style.left = `${best.box.x - anchor.originX}px`;
    html.style.top = `${best.box.y - anchor.originY}px`;
    taken.push(best.box);
  });
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
