#!/usr/bin/env python3
"""Builds the source fixtures (saved pages, Telegram exports, feeds) around the seed reports in seeds/.

Run from the repository root: python3 src/test/resources/sources/make_fixtures.py
The texts are the seeds' own (public news reports already in the repo); the pages, channels and feeds
around them are made up with the shapes real ones have (navigation, related lists, comments, share
buttons, scripts, several dates, JSON-LD; Telegram text as entity arrays, service messages, photos,
forwards, edits; RSS with CDATA HTML and Atom).
"""
import json, os, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(ROOT, '..', '..', '..', '..', 'seeds')


def paras(name, start=0):
    with open(os.path.join(SEEDS, name), encoding='utf-8') as f:
        return [l.strip() for l in f.read().split('\n') if l.strip()][start:]


def w(rel, data, enc='utf-8'):
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'wb') as f:
        f.write(data.encode(enc) if isinstance(data, str) else data)


S003 = paras('003_40f3d804fea89556.txt')   # Al-Souria Net, 2016-03-21
S000 = paras('000_1ef341747bf478e6.txt')   # Sada al-Sham, 2018-04-25
S004 = paras('004_6ed6fa91f22f297b.txt')   # Al-Modon, undated
S001 = paras('001_e39c371191d3715e.txt')   # wire compilation, 2018-06-10

NAV = '''<header class="site-header"><div class="logo">السورية نت</div>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li><li><a href="/opinion">رأي</a></li>
<li><a href="/reports">تقارير</a></li></ul></nav></header>'''
SHARE = '''<div class="share-buttons"><a href="https://facebook.com/sharer">شارك على فيسبوك</a> <a href="https://twitter.com/intent">غرّد</a>
<button>نسخ الرابط</button></div>'''
RELATED = '''<div class="related-articles"><h3>أخبار ذات صلة</h3><ul>
<li><a href="/2016/03/18/x">قوات النظام تتقدم في ريف اللاذقية الشمالي وسط غارات روسية مكثفة على المنطقة</a> <time datetime="2016-03-18T09:00:00+02:00">18 آذار</time></li>
<li><a href="/2016/03/19/y">المعارضة تستعيد السيطرة على قرى في ريف حلب الجنوبي بعد معارك عنيفة مع الميليشيات</a> <time datetime="2016-03-19T11:00:00+02:00">19 آذار</time></li>
</ul></div>'''
COMMENTS = '''<section id="comments" class="comments-area"><h3>تعليقات</h3>
<div class="comment"><span class="author">أبو محمد</span> <time datetime="2016-03-25T20:00:00+02:00">25 آذار</time>
<p>الله يرحم الشهداء، الوضع في ريف حمص صعب جداً والقصف لا يتوقف على القرى منذ أسابيع طويلة.</p></div>
<div class="comment"><span class="author">سامر</span> <time datetime="2016-03-26T08:00:00+02:00">26 آذار</time>
<p>متى ينتهي هذا القتال؟ خسائر بشرية كبيرة في كل يوم، وقتلى بالعشرات في القلمون وتدمر والقريتين.</p></div></section>'''
FOOTER = '''<footer class="site-footer"><p>جميع الحقوق محفوظة © السورية نت 2016</p><a href="/about">من نحن</a></footer>'''


def article_page():
    """Seed 003 in a full news page: scripts, JSON-LD, article:published_time, related list and comments with other dates."""
    title, body = S003[0], S003[1:-2]  # the seed's last two lines are the page's own "read also" and "comments" labels
    ps = '\n'.join('<p>%s</p>' % html.escape(p) for p in body)
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "السورية نت"},
        {"@type": "NewsArticle", "headline": title, "datePublished": "2016-03-21T10:15:00+02:00",
         "dateModified": "2016-03-22T08:00:00+02:00"}]}, ensure_ascii=False)
    return f'''<!DOCTYPE html>
<!-- saved from url=(0063)https://www.alsouria.net/content/2016/03/21/khasaer-homs.html -->
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{html.escape(title)} | السورية نت</title>
<meta property="og:site_name" content="السورية نت">
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="2016-03-21T10:15:00+02:00">
<meta property="article:modified_time" content="2016-03-22T08:00:00+02:00">
<link rel="canonical" href="https://www.alsouria.net/content/khasaer-homs">
<script type="application/ld+json">{ld}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());
var headline = "قتلى في هجوم على ريف حلب اليوم";</script>
<style>.share-buttons {{ float: left }}</style>
</head><body class="single-post">
{NAV}
<div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/news">أخبار</a></div>
<main id="main"><div class="post-wrap">
<h1 class="entry-title">{html.escape(title)}</h1>
<div class="meta">نشر في <time datetime="2016-03-21T10:15:00+02:00">21 آذار 2016</time></div>
{SHARE}
<div class="entry-content">
{ps}
</div>
<div class="tags"><a href="/tag/homs">حمص</a> <a href="/tag/isis">تنظيم الدولة</a></div>
{SHARE}
</div>
{RELATED}
{COMMENTS}
</main>
<aside class="sidebar"><div class="widget most-read"><h3>الأكثر قراءة</h3><ul><li><a href="/a">غارات روسية على ريف إدلب تقتل 12 مدنياً بينهم أطفال في سوق شعبي</a></li></ul></div></aside>
{FOOTER}
<script src="page_files/analytics.js"></script>
</body></html>'''


def cp1256_page():
    """Seed 000 as an old-style page in windows-1256, div-and-br paragraphs, date only in JSON-LD."""
    lines = S000[3:]  # from the headline on (the seed starts with the site's breadcrumb)
    title = lines[0]
    body = '<br>\n'.join(html.escape(p) for p in lines[1:])
    ld = json.dumps({"@type": "NewsArticle", "datePublished": "2018-04-25", "headline": title}, ensure_ascii=False)
    return f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>{html.escape(title)}</title>
<meta property="og:url" content="http://www.sadaalsham.net/archives/12345">
<script type="application/ld+json">{ld}</script></head>
<body><table class="menu"><tr><td><a href="/">الرئيسية</a></td><td><a href="/news">أخبار</a></td><td><a href="/x">مواد مختارة</a></td></tr></table>
<div class="news-body"><h2>{html.escape(title)}</h2>
<div class="text">{body}</div></div>
<div class="footer-links"><a href="/contact">اتصل بنا</a></div>
</body></html>'''


def wrong_charset_page():
    """Seed 004 saved as UTF-8 by the browser while the page still declares iso-8859-1; dated by <time datetime> only."""
    title, body = S004[0], S004[1:]
    ps = '\n'.join('<p>%s</p>' % html.escape(p) for p in body)
    return f'''<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>{html.escape(title)} - المدن</title></head>
<body>{NAV}<article><h1>{html.escape(title)}</h1><div class="byline">المدن - عرب وعالم | <time datetime="2023-11-14T12:30:00+02:00">الثلاثاء 2023/11/14</time></div>
{ps}</article>{COMMENTS}</body></html>'''


def url_date_page():
    """Seed 001 saved "complete" (with its _files folder); no date in the markup but in the saved-from address."""
    title, body = S001[0], S001[2:]
    ps = '\n'.join('<p>%s</p>' % html.escape(p) for p in body)
    return f'''<!DOCTYPE html>
<!-- saved from url=(0070)https://www.alwatan.com.kw/ar/news/2018/06/10/daesh-albukamal -->
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<link rel="stylesheet" href="./url-date_files/style.css"><script src="./url-date_files/jquery.js"></script></head>
<body>{NAV}<div id="content"><div class="article-body"><h1>{html.escape(title)}</h1>{ps}</div></div>{RELATED}{FOOTER}</body></html>'''


def front_page():
    """A section front: headlines and links only, no article."""
    items = '\n'.join(f'<li><a href="/2018/04/{d:02d}/n">{html.escape(S003[0])} {d}</a></li>' for d in range(1, 15))
    return f'<html><head><meta charset="utf-8"><title>أخبار سوريا</title></head><body>{NAV}<div class="news-list"><ul>{items}</ul></div>{FOOTER}</body></html>'


def telegram(edited=False):
    """A channel export: seed 003's paragraphs as messages, with entity arrays, a service message, a photo, a forward and an edit."""
    base = 1458547200  # 2016-03-21T08:00:00Z
    ms = [{"id": 1, "type": "service", "date": "2016-03-20T09:00:00", "date_unixtime": str(base - 86400), "actor": "السورية نت",
           "action": "create_channel", "title": "السورية نت", "text": "", "text_entities": []}]
    body = S003[1:-2]
    mid = 2
    for i, p in enumerate(body):
        t = base + i * 600
        m = {"id": mid, "type": "message", "date": "2016-03-21T%02d:%02d:00" % (10 + (i * 10) // 60, (i * 10) % 60),
             "date_unixtime": str(t), "from": "السورية نت", "from_id": "channel1012345678"}
        if i % 2 == 0:
            m["text"] = p
            m["text_entities"] = [{"type": "plain", "text": p}]
        else:  # entities array: plain parts, a bold phrase, a hashtag, a link
            words = p.split(' ')
            head, rest = ' '.join(words[:3]), ' '.join(words[3:])
            m["text"] = [{"type": "bold", "text": head}, " " + rest + " ", {"type": "hashtag", "text": "#حمص"},
                         " ", {"type": "link", "text": "https://alsouria.net/x"}]
            m["text_entities"] = []
        ms.append(m)
        mid += 1
    if edited:
        # the channel corrected the toll of message 2 (24 -> 26 soldiers) after the first export
        ms[1]["text"] = ms[1]["text"].replace("24 جندياً", "26 جندياً")
        ms[1]["edited"] = "2016-03-21T14:00:00"
        ms[1]["edited_unixtime"] = str(base + 6 * 3600)
    ms.append({"id": mid, "type": "message", "date": "2016-03-21T13:00:00", "date_unixtime": str(base + 5 * 3600),
               "from": "السورية نت", "from_id": "channel1012345678", "photo": "photos/photo_1.jpg", "width": 800, "height": 600,
               "text": "", "text_entities": []})
    mid += 1
    ms.append({"id": mid, "type": "message", "date": "2016-03-21T13:30:00", "date_unixtime": str(base + 5 * 3600 + 1800),
               "from": "السورية نت", "from_id": "channel1012345678", "forwarded_from": "السورية نت",
               "text": body[0], "text_entities": [{"type": "plain", "text": body[0]}]})
    mid += 1
    # a message forwarded from another channel: its outlet is that channel
    ms.append({"id": mid, "type": "message", "date": "2016-03-21T15:00:00", "date_unixtime": str(base + 7 * 3600),
               "from": "السورية نت", "from_id": "channel1012345678", "forwarded_from": "صدى الشام",
               "text": ' '.join(S000[5:7]), "text_entities": []})
    return json.dumps({"name": "السورية نت", "type": "public_channel", "id": 1012345678, "messages": ms},
                      ensure_ascii=False, indent=1)


def rss():
    items = []
    for n, (seed, day, tz) in enumerate([(S003, "Mon, 21 Mar 2016 10:15:00 +0200", ""), (S004, None, "")]):
        title, body = seed[0], seed[1:6]
        desc = '<![CDATA[' + ''.join('<p>%s</p>' % html.escape(p) for p in body) + '<img src="x.jpg"><script>bad()</script>]]>'
        items.append(f'''<item><title>{html.escape(title)}</title><link>https://www.alsouria.net/content/{n}</link>
{f"<pubDate>{day}</pubDate>" if day else ""}<description>{desc}</description></item>''')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>السورية نت - أخبار</title>
<link>https://www.alsouria.net</link><description>آخر الأخبار</description>
{''.join(items)}</channel></rss>'''


def atom():
    title, body = S000[3], S000[5:9]
    content = html.escape(''.join('<p>%s</p>' % html.escape(p) for p in body))
    return f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>صدى الشام</title><id>urn:sada</id><updated>2018-04-26T00:00:00Z</updated>
<entry><title>{html.escape(title)}</title><link rel="alternate" href="https://www.sadaalsham.net/archives/12345"/>
<id>urn:sada:12345</id><published>2018-04-25T07:40:00+03:00</published><updated>2018-04-26T09:00:00+03:00</updated>
<content type="html">{content}</content></entry></feed>'''


w('pages/article.html', article_page())
w('pages/cp1256.htm', cp1256_page(), 'cp1256')
w('pages/wrong-charset.html', wrong_charset_page())
w('pages/url-date.html', url_date_page())
w('pages/url-date_files/style.css', 'body { direction: rtl }\n')
w('pages/url-date_files/jquery.js', '/* not a report */\n')
w('pages/url-date_files/frame.html', '<html><body><p>' + 'إعلان ' * 40 + '</p></body></html>\n')
w('broken/front-page.html', front_page())
w('telegram/result.json', telegram())
w('telegram-edited/result.json', telegram(edited=True))
full = telegram()
w('broken/truncated/result.json', full[: int(len(full) * 0.6)])
w('feeds/news.rss', rss())
w('feeds/atom.xml', atom())
