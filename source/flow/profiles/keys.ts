import {yesBinding, type Binding} from '../shared/key-binding.js';
import type {ProfilesState} from './state.js';

export function profilesBindings(state: ProfilesState): readonly Binding[] {
	const {removal} = state;
	if (removal.status === 'confirming') {
		return [
			yesBinding({type: 'profiles/confirm-remove'}),
			{keys: ['n', 'escape'], label: 'no', shown: () => 'n', action: () => ({type: 'back'})},
		];
	}
	if (removal.status === 'running') return [];
	const isProfile = state.highlight < state.profiles.length;
	const move = (by: number) => () => ({type: 'profiles/highlight', index: state.highlight + by}) as const;
	return [
		{keys: ['up'], label: 'move', shown: n => n.upDown, action: move(-1)},
		{keys: ['down'], shown: n => n.upDown, action: move(1)},
		{keys: ['enter'], label: isProfile ? 'use' : 'choose', shown: n => n.enter, action: at => ({type: 'profiles/use', at})},
		...(isProfile
			? ([
					{keys: ['e'], label: 'edit', shown: () => 'e', action: () => ({type: 'profiles/edit'})},
					{keys: ['d', 'r'], label: 'remove', shown: n => n.remove, action: () => ({type: 'profiles/remove'})},
				] satisfies Binding[])
			: []),
		{keys: ['n'], label: 'new', shown: () => 'n', action: () => ({type: 'start-fresh'})},
	];
}
