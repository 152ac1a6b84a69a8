/**
 * futan: who pays what for a course of treatment in Japan, to the yen.
 * The engine (also published alone as `futan/engine`) and, as they land, the elements.
 */
export * from './engine/index.js';
