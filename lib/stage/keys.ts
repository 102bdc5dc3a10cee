// The keys that move the talk, when the focus is on a control of a slide. Slidev ignores every key while a button
// or a link has the focus (its `isOnFocus`), so a conference picked with the mouse used to freeze the clicker.
// PageDown/PageUp are what a presentation clicker sends: they always move the talk. ←/→ move it too while the
// focus is on a slide's control, since no control on a slide uses them (the picker is a group of toggle buttons,
// not a radio group or a toolbar, whose arrow keys would move between its buttons).

export type TalkMove = 'next' | 'prev' | 'nextSlide' | 'prevSlide'

export interface KeyLike {
  key: string
  shiftKey: boolean
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
}

export interface FocusLike {
  /** The focused element's tag name, upper case as the DOM gives it. */
  tagName: string
  /** Whether the focused element is inside a slide (a chart's controls, a link in the text). */
  onSlide: boolean
}

/**
 * The move `key` asks of the talk while `focus` has the focus, when Slidev itself would do nothing (the focus is on
 * a button or a link); undefined when the key is not the talk's or Slidev handles it.
 */
export function talkMoveOf(key: KeyLike, focus: FocusLike): TalkMove | undefined {
  if (key.altKey || key.ctrlKey || key.metaKey) return undefined
  if (focus.tagName !== 'BUTTON' && focus.tagName !== 'A') return undefined
  if (key.key === 'PageDown') return 'next'
  if (key.key === 'PageUp') return 'prev'
  if (!focus.onSlide) return undefined
  if (key.key === 'ArrowRight') return key.shiftKey ? 'nextSlide' : 'next'
  if (key.key === 'ArrowLeft') return key.shiftKey ? 'prevSlide' : 'prev'
  return undefined
}
