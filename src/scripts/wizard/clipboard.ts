/**
 * Copies text. The Clipboard API needs a secure context and permission; where it is missing or
 * refused, the text is offered in a selected textarea so a keyboard user can copy it by hand.
 */
export async function copyText(text: string, fallback: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback.value = text;
    fallback.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
    fallback.focus();
    fallback.select();
    return false;
  }
}
