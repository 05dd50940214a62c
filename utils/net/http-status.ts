/** Reasons for the statuses servers answer with, for messages such as "answered HTTP 503 (Service Unavailable)". */
const HTTP_REASONS = new Map([
  [400, 'Bad Request'],
  [401, 'Unauthorized'],
  [403, 'Forbidden'],
  [404, 'Not Found'],
  [410, 'Gone'],
  [429, 'Too Many Requests'],
  [500, 'Internal Server Error'],
  [502, 'Bad Gateway'],
  [503, 'Service Unavailable'],
  [504, 'Gateway Timeout'],
]);

/** The response's reason phrase, or the usual one for its status: HTTP/2 sends none of its own. */
export function statusReason(response: Pick<Response, 'status' | 'statusText'>): string | undefined {
  return response.statusText || HTTP_REASONS.get(response.status);
}

/** The status in plain words: "HTTP 503 (Service Unavailable)", or "HTTP 418" when it has no usual reason. */
export function statusWords(response: Pick<Response, 'status' | 'statusText'>): string {
  const reason = statusReason(response);
  return `HTTP ${response.status}${reason ? ` (${reason})` : ''}`;
}
