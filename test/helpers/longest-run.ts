/** The longest run of consecutive characters of `value` (any part of it) that `text` contains. */
export function longestRun(text: string, value: string): number {
	let longest = 0;
	for (let start = 0; start < value.length; start++) {
		for (let end = start + longest + 1; end <= value.length && text.includes(value.slice(start, end)); end++) longest = end - start;
	}
	return longest;
}
