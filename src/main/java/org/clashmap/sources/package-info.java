/**
 * Reading what analysts collect into reports (decision 025): saved web pages (the article's text
 * without the site around it, its title, outlet, publication date and address, in the page's real
 * charset), Telegram Desktop channel exports ({@code result.json}, streamed, one report per message
 * with its exact time and link back) and RSS / Atom feeds (one report per item). Plain {@code .txt}
 * reports are recognised here and read by the ingest package as before. Which kind a file is comes
 * from its name and its first bytes ({@link SourceKind}).
 *
 * <p>Files in, {@link org.clashmap.extract.Report}s out: no store, no JavaFX. Uses jsoup for HTML and
 * feed XML, Jackson's streaming parser for Telegram exports.
 */
package org.clashmap.sources;
