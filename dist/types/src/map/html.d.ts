/**
 * The maps as one self-contained HTML page (`map --format html`): no script, no
 * request, only inline CSS. Each suite is a row of boxes in order (preprompt,
 * then each step), a step's references (requirements, plan entries) listed under
 * it; marked boxes have a red border. Every piece of text is HTML-escaped.
 */
import type { Maps } from './map.js';
export declare function escapeHtml(value: string): string;
export declare function html({ maps, more }: Maps, title?: string): string;
