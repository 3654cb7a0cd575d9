// The places of an analysis on a small world map: inline SVG from Natural Earth's outlines
// (www/world-map.js), a dot per place with coordinates. Nothing is fetched: no tiles, no
// requests to anyone.

import { WORLD_PATH } from './world-map.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The dot's position of a place: equirectangular, as the outlines are drawn. */
const position = (place) => [place.lon + 180, 90 - place.lat];

/**
 * Draws the map of `places` (entities of kind place) into `element`; `focus(id, on)` is called
 * when a dot is hovered or focused, to highlight that place's mentions. Returns the places
 * without coordinates, for the list below the map.
 */
export function showMap(element, places, focus) {
  element.replaceChildren();
  const located = places.filter((p) => p.place && p.place.lat != null && p.place.lon != null);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 360 180');
  svg.setAttribute('class', 'map');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', `Map of ${located.length} place${located.length === 1 ? '' : 's'} in the article`);
  const land = document.createElementNS(SVG, 'path');
  land.setAttribute('d', WORLD_PATH);
  land.setAttribute('class', 'land');
  land.setAttribute('aria-hidden', 'true');
  svg.append(land);
  for (const entity of located) {
    const [x, y] = position(entity.place);
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', x.toFixed(2));
    dot.setAttribute('cy', y.toFixed(2));
    dot.setAttribute('r', '3');
    dot.setAttribute('class', 'dot');
    dot.setAttribute('tabindex', '0');
    dot.setAttribute('role', 'button');
    dot.setAttribute('aria-label', `${entity.name}: highlight its mentions`);
    dot.dataset.entity = String(entity.id);
    const title = document.createElementNS(SVG, 'title');
    title.textContent = entity.name;
    dot.append(title);
    const on = () => { dot.classList.add('active'); focus(entity.id, true); };
    const off = () => { dot.classList.remove('active'); focus(entity.id, false); };
    dot.addEventListener('mouseenter', on);
    dot.addEventListener('mouseleave', off);
    dot.addEventListener('focus', on);
    dot.addEventListener('blur', off);
    svg.append(dot);
  }
  element.append(svg);
  return places.filter((p) => !located.includes(p));
}
