// The simulator's HTTP API (same origin). Every call answers { status, body }; network failures give status 0.

async function call(method, path, body) {
  try {
    const res = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let json = null;
    try {
      json = await res.json();
    } catch {
      json = null;
    }
    return { status: res.status, body: json };
  } catch (err) {
    return { status: 0, body: { message: String(err) } };
  }
}

/**
 * @param {{type: 'text', text: string, chat?: 'user' | 'group', mention?: boolean} | {type: 'postback', data: string, chat?: 'user' | 'group'} | {type: 'follow'} | {type: 'join'}} event
 * → 200 { messages, summary, at, chat, silent }
 */
export const postEvent = (event) => call('POST', '/simulator/api/events', event);
export const getStatus = () => call('GET', '/simulator/api/status');
export const getRichMenu = () => call('GET', '/simulator/api/richmenu');
