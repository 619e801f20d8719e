import {backBinding, type Binding} from '../shared/key-binding.js';
import {switchKindBindings} from '../shared/kind-check.js';
import {syncBindings} from '../shared/sync-binding.js';
import type {FetchState} from './state.js';

export function fetchBindings(state: FetchState): readonly Binding[] {
	switch (state.call.status) {
		case 'running':
			return [{...backBinding, label: 'cancel'}];
		case 'done':
			return [
				{keys: ['enter'], label: 'proceed', shown: n => n.enter, action: () => ({type: 'fetch/proceed'})},
				...switchKindBindings(state.call.result, state.kind),
				...syncBindings(state),
				{keys: ['q'], label: 'quit', shown: () => 'q', action: () => ({type: 'quit'})},
				backBinding,
			];
		case 'failed':
			return [
				{keys: ['r'], label: 'retry', shown: () => 'r', action: at => ({type: 'fetch/retry', at})},
				{keys: ['e', 'enter'], label: 'edit', shown: () => 'e', action: () => ({type: 'fetch/edit'})},
				{keys: ['q'], label: 'quit', shown: () => 'q', action: () => ({type: 'quit'})},
				backBinding,
			];
	}
}
