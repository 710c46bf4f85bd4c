/**
 * The few Fluent System Icons the page shows (from @fluentui/svg-icons, each file bundled as text by
 * build.mjs, so only these are in the bundle), as inline SVG that takes the text colour. Decorative:
 * the text beside each says what it means.
 */
import checkmarkCircle from '@fluentui/svg-icons/icons/checkmark_circle_20_filled.svg';
import errorCircle from '@fluentui/svg-icons/icons/error_circle_20_filled.svg';
import info from '@fluentui/svg-icons/icons/info_20_filled.svg';
import search from '@fluentui/svg-icons/icons/search_20_regular.svg';
import warning from '@fluentui/svg-icons/icons/warning_20_filled.svg';

const sources = { checkmarkCircle, errorCircle, info, search, warning };

export type IconName = keyof typeof sources;

/** A new <svg> element for `name`, parsed from the package's file (no innerHTML). */
export function icon(name: IconName, className = 'icon'): SVGSVGElement {
  const svg = new DOMParser().parseFromString(sources[name], 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('fill', 'currentColor');
  return document.importNode(svg, true);
}
