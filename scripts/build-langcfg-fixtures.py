"""Scripts in Latin-script languages the short-words guess does not know (measure/language.ts
lettersLanguage), tagged en-US as an English system's Word or python-docx's template tags them, and
English controls naming places and brands in those languages' letters.

Run from the repository root with the system Python (python-docx), then LibreOffice:
    /usr/bin/python3 scripts/build-langcfg-fixtures.py
Writes tests/fixtures/langcfg/*.docx and, for pl-en-us and cs-en-us, their PDFs (soffice --headless
--convert-to pdf: LibreOffice writes the catalog's /Lang from the document's default language,
en-US). With names as arguments, only those fixtures.

Each foreign script is a warehouse-safety module: a legend in its language (Lektor / Vypravěč… =
blue 0070C0, black not recorded), a heading, five narration lines with figures (1500 kg, 10 km/h,
15 minutes), as its writer would type them.
pl-en-us: Polish; cs-en-us: Czech (its a, o, na, se, do are Portuguese's short words too);
ro-en-us: Romanian (de, la, se, nu: Spanish's, French's); tr-en-us: Turkish; hu-en-us: Hungarian
(its article a is English's a); sv-en-us: Swedish (å ä ö: only å is none of French's, German's…);
vi-en-us: Vietnamese; nl-en-us: Dutch, which the guess knows (control: read as Dutch by its words).
en-polish-places (control): an English travel spot naming Kraków, Łódź, Gdańsk, Wrocław, Poznań,
Zakopane. en-danish-brand (control): an English ad for a Danish brand, Ørsted, named six times, and
Søren and Bjørn.
"""
import os
import subprocess
import sys

from docx import Document
from docx.shared import RGBColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_common import set_language  # noqa: E402

OUT = 'tests/fixtures/langcfg'
BLUE = '0070C0'

SCRIPTS = {
    'pl-en-us': [
        'Legenda: Lektor = niebieski; czarny tekst nie jest nagrywany.',
        'Moduł 3 — bezpieczeństwo w magazynie',
        ('Witamy w szkoleniu z bezpieczeństwa pracy w magazynie.', BLUE),
        ('Każdy wózek widłowy musi przejść przegląd przed rozpoczęciem zmiany.', BLUE),
        ('Nie wolno przewozić ładunków cięższych niż 1500 kg ani jeździć szybciej niż 10 km/h.', BLUE),
        ('Jeśli zauważysz usterkę, zgłoś ją przełożonemu i oznacz wózek jako nieczynny.', BLUE),
        ('Dziękujemy za uwagę. Następny moduł potrwa około 15 minut.', BLUE),
    ],
    'cs-en-us': [
        'Legenda: Vypravěč = modrá; černý text se nenahrává.',
        'Modul 3 — bezpečnost ve skladu',
        ('Vítejte v kurzu bezpečnosti práce ve skladu.', BLUE),
        ('Každý vysokozdvižný vozík se musí před začátkem směny zkontrolovat a zapsat do knihy.', BLUE),
        ('Je zakázáno převážet náklad těžší než 1500 kg a jezdit rychleji než 10 km/h.', BLUE),
        ('Pokud zjistíte závadu, oznamte to nadřízenému a označte vozík jako nepojízdný.', BLUE),
        ('Děkujeme za pozornost. Další modul potrvá asi 15 minut.', BLUE),
    ],
    'ro-en-us': [
        'Legendă: Narator = albastru; textul negru nu se înregistrează.',
        'Modulul 3 — siguranța în depozit',
        ('Bine ați venit la cursul de siguranță în depozit.', BLUE),
        ('Fiecare stivuitor trebuie verificat înainte de începerea turei, de către șeful de tură.', BLUE),
        ('Este interzis să transportați încărcături mai grele de 1500 kg sau să circulați cu peste 10 km/h.', BLUE),
        ('Dacă observați o defecțiune, anunțați șeful de tură și marcați stivuitorul ca defect.', BLUE),
        ('Vă mulțumim pentru atenție. Următorul modul durează aproximativ 15 minute.', BLUE),
    ],
    'tr-en-us': [
        'Açıklama: Anlatıcı = mavi; siyah metin kaydedilmez.',
        'Modül 3 — depo güvenliği',
        ('Depo güvenliği eğitimine hoş geldiniz.', BLUE),
        ('Her forklift, vardiya başlamadan önce kontrol edilmeli ve deftere yazılmalıdır.', BLUE),
        ('1500 kg’dan ağır yük taşımak ve saatte 10 km’den hızlı gitmek yasaktır.', BLUE),
        ('Bir arıza fark ederseniz amirinize bildirin ve forklifti arızalı olarak işaretleyin.', BLUE),
        ('Dinlediğiniz için teşekkür ederiz. Sonraki modül yaklaşık 15 dakika sürecek.', BLUE),
    ],
    'hu-en-us': [
        'Jelmagyarázat: Narrátor = kék; a fekete szöveget nem vesszük fel.',
        '3. modul — biztonság a raktárban',
        ('Üdvözöljük a raktári munkavédelmi képzésen.', BLUE),
        ('Minden targoncát ellenőrizni kell a műszak kezdete előtt, és az eredményt be kell írni a naplóba.', BLUE),
        ('Tilos 1500 kg-nál nehezebb terhet szállítani vagy 10 km/h-nál gyorsabban haladni.', BLUE),
        ('Ha hibát észlel, jelentse a műszakvezetőnek, és jelölje meg a targoncát üzemen kívülként.', BLUE),
        ('Köszönjük a figyelmet. A következő modul körülbelül 15 percig tart.', BLUE),
    ],
    'sv-en-us': [
        'Teckenförklaring: Berättare = blå; svart text spelas inte in.',
        'Modul 3 — säkerhet på lagret',
        ('Välkommen till kursen om säkerhet på lagret. Den tar ungefär en kvart och går igenom allt du måste kunna.', BLUE),
        ('Varje truck måste kontrolleras innan skiftet börjar, och någon ska också skriva upp att den är godkänd.', BLUE),
        ('Det är förbjudet att köra last på mer än 1500 kg eller att köra fortare än 10 km/h på gångarna.', BLUE),
        ('Om du upptäcker ett fel ska du gå till din chef, och trucken får inte användas förrän åtgärden är klar.', BLUE),
        ('Tack för att du lyssnade. Nästa modul tar också ungefär 15 minuter, så ta gärna en paus först.', BLUE),
    ],
    'vi-en-us': [
        'Chú thích: Người dẫn chuyện = xanh dương; chữ đen không thu âm.',
        'Bài 3 — an toàn trong kho',
        ('Chào mừng bạn đến với khóa học an toàn lao động trong kho hàng.', BLUE),
        ('Mỗi xe nâng phải được kiểm tra trước khi bắt đầu ca làm việc.', BLUE),
        ('Không được chở hàng nặng hơn 1500 kg hoặc chạy nhanh hơn 10 km/h.', BLUE),
        ('Nếu phát hiện hư hỏng, hãy báo cho người quản lý và đánh dấu xe không sử dụng được.', BLUE),
        ('Cảm ơn bạn đã lắng nghe. Bài tiếp theo kéo dài khoảng 15 phút.', BLUE),
    ],
    'nl-en-us': [
        'Legenda: Verteller = blauw; zwarte tekst wordt niet opgenomen.',
        'Module 3 — veiligheid in het magazijn',
        ('Welkom bij de cursus veiligheid in het magazijn.', BLUE),
        ('Elke heftruck moet voor het begin van de dienst worden gecontroleerd en in het logboek worden gezet.', BLUE),
        ('Het is verboden om lasten van meer dan 1500 kg te vervoeren of harder te rijden dan 10 km/h.', BLUE),
        ('Als je een defect ziet, meld het dan aan je leidinggevende en zet een bord op de heftruck.', BLUE),
        ('Bedankt voor het luisteren. De volgende module duurt ongeveer 15 minuten.', BLUE),
    ],
    'en-polish-places': [
        'Legend: Narrator = blue; black text is not recorded.',
        'Discover Poland — radio spot',
        ('Kraków, Łódź, Gdańsk, Wrocław, Poznań, Zakopane.', BLUE),
        ('Six cities, one rail pass, from just 49 euros.', BLUE),
        ('Walk the old town of Kraków, taste pierogi in Łódź and watch the sun set over the harbour in Gdańsk.', BLUE),
        ('Book at least 14 days ahead and save up to 30% on every journey.', BLUE),
        ('Poland. Closer than you think.', BLUE),
    ],
    'en-danish-brand': [
        'Legend: Narrator = blue; black text is not recorded.',
        'Ørsted — wind power — 30 second spot',
        ('Ørsted. Wind power for 4 million homes.', BLUE),
        ('Søren has fished these waters for 40 years. Bjørn builds the turbines.', BLUE),
        ('Ørsted turbines. Ørsted engineers. Ørsted energy.', BLUE),
        ('Clean power, made at sea, delivered to your door.', BLUE),
        ('Ørsted. Ørsted.com.', BLUE),
    ],
}

PDFS = {'pl-en-us', 'cs-en-us'}


def build(lines):
    d = set_language(Document(), 'en-US')
    for item in lines:
        text, colour = (item, None) if isinstance(item, str) else item
        run = d.add_paragraph().add_run(text)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
    return d


def main(names):
    os.makedirs(OUT, exist_ok=True)
    for name, lines in SCRIPTS.items():
        if names and name not in names:
            continue
        path = os.path.join(OUT, f'{name}.docx')
        build(lines).save(path)
        if name in PDFS:
            subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], check=True, stdout=subprocess.DEVNULL)


if __name__ == '__main__':
    main(sys.argv[1:])
