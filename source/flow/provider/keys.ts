import {backBinding, type Binding} from '../shared/key-binding.js';
import type {ProviderState} from './state.js';

export function providerBindings(_state: ProviderState): readonly Binding[] {
	return [
		{keys: ['up'], label: 'move', shown: n => n.upDown, action: () => ({type: 'provider/highlight', kind: 'internal'})},
		{keys: ['down'], shown: n => n.upDown, action: () => ({type: 'provider/highlight', kind: 'third-party'})},
		{keys: ['enter'], label: 'choose', shown: n => n.enter, action: () => ({type: 'provider/choose'})},
		{keys: ['i', '1'], shown: () => 'i', action: () => ({type: 'provider/choose', kind: 'internal'})},
		{keys: ['t', '2'], shown: () => 't', action: () => ({type: 'provider/choose', kind: 'third-party'})},
		backBinding,
	];
}
