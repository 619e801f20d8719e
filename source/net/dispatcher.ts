// The one place other modules get undici's types from: only source/net imports undici itself.
export type {Dispatcher} from 'undici';
