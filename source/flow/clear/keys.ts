import {backBinding, type Binding} from '../shared/key-binding.js';
import type {ClearState} from './state.js';

export function clearBindings(_state: ClearState): readonly Binding[] {
	return [{keys: ['enter'], label: 'getToken', shown: n => n.enter, action: at => ({type: 'clear/continue', at})}, backBinding];
}
