// The one place other modules get undici's types from: undici itself is imported file by file
// (undici-parts.ts), which only source/net needs to know.
export type {Dispatcher} from 'undici';
