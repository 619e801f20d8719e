// The one place other modules get undici's types from: a later change swaps the whole-package
// import for deep imports, and only source/net should need to know.
export type {Dispatcher} from 'undici';
