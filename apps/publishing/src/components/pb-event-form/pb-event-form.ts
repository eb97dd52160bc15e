import { localized, msg } from '@lit/localize';
import { addEventToGroup, removeEventFromGroup, setEventInGroup, type CalendarEventInit, type GroupEvent } from '@mutua/core';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fromDateTimeLocal, toDateTimeLocal } from '../../data/datetime-local.js';
import { problemText, republish } from '../../data/republish.js';
import { EventSavedEvent } from './event-saved-event.js';
import { styles } from './pb-event-form.styles.js';

/**
 * Creates an event in a group's calendar, or edits `editing`; the organiser is the group. After
 * saving, the group's public page, feed and calendar are regenerated.
 */
@localized()
@customElement('pb-event-form')
export class PbEventForm extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) fetch: typeof globalThis.fetch | undefined;
  @property() root = '';
  /** The group's IRI, written as the organiser. */
  @property() group = '';
  /** The event to edit; a new one is created when unset. */
  @property({ attribute: false }) editing: GroupEvent | undefined;
  @state() private busy = false;
  @state() private problem = '';
  @state() private saved = false;

  private init(data: FormData): CalendarEventInit {
    const startDate = fromDateTimeLocal(String(data.get('start') ?? ''));
    const endDate = fromDateTimeLocal(String(data.get('end') ?? ''));
    if (!startDate) throw new RangeError(msg('Give the date and time the event starts.'));
    if (endDate && Date.parse(endDate) < Date.parse(startDate)) throw new RangeError(msg('The event cannot end before it starts.'));
    const place = String(data.get('place') ?? '').trim();
    const description = String(data.get('description') ?? '').trim();
    return {
      name: String(data.get('title') ?? '').trim(),
      startDate,
      organizer: this.group,
      ...(endDate ? { endDate } : {}),
      ...(place ? { location: { name: place } } : {}),
      ...(description ? { description } : {}),
    } as CalendarEventInit;
  }

  private async save(init: CalendarEventInit, visibility: 'public' | 'membersOnly'): Promise<string> {
    const options = { fetch: this.fetch! };
    const editing = this.editing;
    if (!editing) return (await addEventToGroup(this.root, init, visibility, options)).event.url;
    if (editing.visibility === visibility) {
      const cleared = { ...editing.event, endDate: undefined, location: undefined, description: undefined };
      return (await setEventInGroup(cleared, init, options)).url;
    }
    // Visibility is location: the event moves to the other container under a new URL.
    const moved = await addEventToGroup(this.root, init, visibility, options);
    await removeEventFromGroup(editing.event, options);
    return moved.event.url;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.busy = true;
    this.problem = '';
    this.saved = false;
    try {
      const url = await this.save(this.init(data), data.get('visibility') === 'membersOnly' ? 'membersOnly' : 'public');
      await republish(this.root, this.fetch!);
      if (!this.editing) form.reset();
      this.saved = true;
      this.dispatchEvent(new EventSavedEvent(url));
    } catch (error) {
      this.problem = problemText(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const e = this.editing?.event;
    const visibility = this.editing?.visibility ?? 'public';
    return html`<form @submit=${this.submit}>
      <label>${msg('Event title')} <input name="title" required maxlength="200" .value=${e?.name ?? ''} /></label>
      <label>${msg('Starts')} <input name="start" type="datetime-local" required .value=${toDateTimeLocal(e?.startDate)} /></label>
      <label>${msg('Ends (optional)')} <input name="end" type="datetime-local" .value=${toDateTimeLocal(e?.endDate)} /></label>
      <label>${msg('Place (optional)')} <input name="place" maxlength="200" .value=${e?.location?.name ?? ''} /></label>
      <label>${msg('Description (Markdown, optional)')} <textarea name="description" maxlength="20000" .value=${e?.description ?? ''}></textarea></label>
      <fieldset>
        <legend>${msg('Who can see it')}</legend>
        <label><input type="radio" name="visibility" value="public" ?checked=${visibility === 'public'} /> ${msg('Everyone (public page and calendar)')}</label>
        <label><input type="radio" name="visibility" value="membersOnly" ?checked=${visibility === 'membersOnly'} /> ${msg('Members only')}</label>
      </fieldset>
      <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Saving…') : e ? msg('Save the event') : msg('Add the event')}</button>
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : ''}
      ${this.saved ? html`<p role="status">${msg('Event saved.')}</p>` : ''}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pb-event-form': PbEventForm;
  }
}
