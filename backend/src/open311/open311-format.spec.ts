import { renderList, renderOne, w3 } from './open311-format';

describe('Open311 formats', () => {
  it('writes w3 date-times in Vietnam time with the zone', () => {
    expect(w3('2026-06-15T03:00:00.000Z')).toBe('2026-06-15T10:00:00+07:00');
    expect(w3(new Date('2026-12-31T20:30:00Z'))).toBe('2027-01-01T03:30:00+07:00');
    expect(w3(null)).toBeNull();
  });

  it('lists records as a JSON array and as XML elements under their root, nulls as empty elements', () => {
    const records = [{ service_request_id: 'PA-2026-000001', account_id: null, lat: 21.03 }];
    expect(JSON.parse(renderList('json', 'service_requests', 'request', records))).toEqual(records);
    const xml = renderList('xml', 'service_requests', 'request', records);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<service_requests>')).toBe(true);
    expect(xml).toContain('<service_request_id>PA-2026-000001</service_request_id>');
    expect(xml).toContain('<account_id/>');
    expect(xml).toContain('<lat>21.03</lat>');
    expect(renderList('xml', 'services', 'service', [])).toContain('<services/>');
  });

  it('escapes text and repeats list elements in XML', () => {
    const xml = renderOne('xml', 'record', {
      contact: 'A & B <c>',
      endpoints: [{ formats: ['text/xml', 'application/json'] }],
    });
    expect(xml).toContain('<contact>A &amp; B &lt;c&gt;</contact>');
    expect(xml).toMatch(/<formats>text\/xml<\/formats>\s*<formats>application\/json<\/formats>/);
  });
});
