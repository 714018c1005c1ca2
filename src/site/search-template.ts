/**
 * Pagefind Component UI result template (adequate-little-templates syntax). A claim result shows
 * its verdict as an icon and a word, read from the page's `verdict`, `verdict_key` and
 * `verdict_icon` meta. `{{ }}` escapes HTML; only Pagefind's own excerpt (`{{+ +}}`) is raw, and
 * Pagefind builds it from indexed text, escaping what the page showed as text.
 */
export const RESULT_TEMPLATE = `
<li class="cc-result">
  <p class="cc-result-title"><a class="cc-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title | default("Untitled") }}</a></p>
  <p class="cc-result-kind">{{#if meta.verdict}}<span class="verdict v-{{ meta.verdict_key }}" data-result-verdict="{{ meta.verdict_key }}"><span class="verdict-icon" aria-hidden="true">{{ meta.verdict_icon }}</span>Verdict: {{ meta.verdict }}</span>{{/if}}{{#if meta.kind}}<span class="cc-result-type">{{ meta.kind }}</span>{{/if}}</p>
  {{#if excerpt}}<p class="cc-result-excerpt">{{+ excerpt +}}</p>{{/if}}
</li>`;
