// The clock field: "now" (the server clock, which honours BOT_NOW) or a fixed Asia/Tokyo instant.
// Japan has no daylight saving time, so a datetime-local value is that wall time at +09:00.

const JST = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** ISO instant → "YYYY-MM-DDTHH:mm" wall time in Japan. */
export function toJstField(iso) {
  return JST.format(new Date(iso)).replace(' ', 'T');
}

/** "YYYY-MM-DDTHH:mm" in Japan → ISO-8601 with +09:00, or null when the field is empty/invalid. */
export function fromJstField(value) {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  return `${value.length === 16 ? `${value}:00` : value}+09:00`;
}

/** HH:mm in Japan, as LINE prints beside a message. */
export function jstTime(iso) {
  return toJstField(iso).slice(11);
}

/**
 * @param {HTMLInputElement} field
 * @param {HTMLButtonElement} nowButton
 * @param {() => void} onNow called when the user goes back to "now" (refresh from the server)
 */
export function createClock(field, nowButton, onNow) {
  let fixed = false;
  const render = () => {
    field.classList.toggle('fixed', fixed);
    nowButton.classList.toggle('active', !fixed);
  };
  field.addEventListener('input', () => {
    fixed = fromJstField(field.value) !== null;
    render();
  });
  nowButton.addEventListener('click', () => {
    fixed = false;
    render();
    onNow();
  });
  render();
  return {
    /** The instant to send, or undefined for the server clock. */
    at: () => (fixed ? (fromJstField(field.value) ?? undefined) : undefined),
    /** Shows the server's current time while on "now". */
    showServerNow(iso) {
      if (!fixed && iso) field.value = toJstField(iso);
    },
  };
}
