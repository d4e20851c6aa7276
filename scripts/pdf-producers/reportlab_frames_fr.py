"""ReportLab 3.6.12: a French audiobook-style script in two real columns (BaseDocTemplate with two
Frames per page), justified paragraphs (TA_JUSTIFY: word spacing stretched), Helvetica (standard
Type 1, not embedded, WinAnsi: ’ « » œ € é, no-break spaces before : ; ? !), <font color> voices and
a <span backColor> highlighted voice, a running header and "Page N" footer drawn by onPage.

/usr/bin/python3 scripts/pdf-producers/reportlab_frames_fr.py
"""
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from common import esc, out_path, write_script

NAME = 'rl-frames-fr'
VOICES = {
    'Narratrice': {'color': '#404040'},
    'Léa': {'color': '#7030A0'},
    'Marc': {'color': '#00B050'},
    'Radio': {'highlight': '#FFFF00'},
}
HEX = {'Narratrice': '#404040', 'Léa': '#7030A0', 'Marc': '#00B050'}
NB = '\u00a0'


def fr(t):
    """French typography: a no-break space before : ; ? ! and inside « »."""
    for p in ':;?!':
        t = t.replace(' ' + p, NB + p)
    return t.replace('« ', '«' + NB).replace(' »', NB + '»')


N = lambda t: ['Narratrice', fr(t)]
L = lambda t: ['Léa', fr(t)]
M = lambda t: ['Marc', fr(t)]
R = lambda t: ['Radio', fr(t)]
U = lambda t: [None, fr(t)]

PARAS = [
    [U('Chapitre 4 — La route des crêtes')],
    [U('Script d’enregistrement. Les notes en noir ne sont pas lues.')],
    [N('Le col était encore fermé quand ils arrivèrent à Saint-Véran. La neige de la veille avait recouvert la route des crêtes, et les chasse-neige n’étaient pas passés ; il faudrait attendre, ou renoncer. Léa coupa le moteur et regarda son frère, qui n’avait pas dit un mot depuis Briançon.')],
    [L('« Tu crois qu’on devrait faire demi-tour ? »')],
    [M('« Demi-tour ? Après six heures de route ? Hors de question. On attend. »')],
    [N('Ils attendirent. Le café de la place servait un chocolat épais, presque noir, dans des tasses en faïence ébréchées, et la patronne, une femme sèche au visage couleur de noix, leur raconta sans qu’on le lui demande l’hiver où le village était resté coupé du monde pendant onze jours. Son œil brillait d’une fierté tranquille : ici, on savait attendre.')],
    [R('« Route du col de l’Agnel : fermée jusqu’à nouvel ordre. »')],
    [N('La voix de la radio, posée sur une étagère entre deux bocaux de bonbons, avait quelque chose d’irréel. Marc sortit son téléphone, fit défiler les prévisions, soupira. Le ciel, au-dessus des mélèzes, virait déjà au gris d’acier ; une nouvelle chute était annoncée pour la nuit, et le prix de la chambre d’hôte, quatre-vingt-dix euros, lui sembla soudain raisonnable.')],
    [L('« Quatre-vingt-dix euros ? Pour une nuit ? C’est du vol ! »')],
    [M('« C’est ça ou la voiture. Et la voiture, à moins quinze, je ne te la conseille pas. »')],
    [U('Pause. Bruit du vent, porte qui grince.')],
    [N('Ils prirent la chambre. Elle donnait sur la vallée, et de la fenêtre on voyait les lumières des hameaux s’allumer une à une, comme des braises qu’on souffle dans l’âtre. Léa s’assit sur le rebord, les genoux sous le menton, et pour la première fois depuis leur départ de Lyon, elle sourit. Marc, lui, déplia la carte sur le lit et traça au crayon, une fois de plus, l’itinéraire du lendemain : le col, la descente vers l’Italie, puis la longue route jusqu’à Turin, où leur père les attendait.')],
    [L('« Tu te souviens de la dernière fois qu’on est venus ici, tous les trois ? »')],
    [M('« J’avais huit ans. Papa avait oublié les chaînes, et on avait dormi dans l’église. »')],
    [N('Ils rirent, et le rire leur fit du bien. Dehors, la neige recommençait à tomber, lente, régulière, effaçant les traces de pneus sur la place et les empreintes des chiens. Demain, peut-être, la route serait ouverte. Ou peut-être pas. Cela n’avait plus tellement d’importance : ils étaient ensemble, et le reste pouvait attendre. La patronne monta leur apporter une bouillotte et deux tranches de tarte aux myrtilles, « offertes par la maison », précisa-t-elle avec un clin d’œil.')],
    [R('« Bulletin de vingt-deux heures : risque d’avalanche fort, niveau quatre sur cinq. »')],
    [N('Marc éteignit la radio. Le silence qui suivit était si profond qu’on entendait la neige toucher les vitres. Léa s’endormit la première, tout habillée, et il resta longtemps à la regarder dormir en pensant à leur mère, qui aurait adoré cet endroit, ce silence, cette tarte. Vers minuit, il replia la carte, éteignit la lampe de chevet et se coucha à son tour.')],
    [L('« Bonne nuit, Marc. »')],
    [M('« Bonne nuit. Demain, on passe. »')],
    [N('Au matin, le ciel était d’un bleu si pur qu’il en paraissait faux. Les chasse-neige étaient passés vers cinq heures ; on entendait encore, au loin, le raclement des lames sur le bitume. Marc chargea les sacs pendant que Léa payait la chambre, et la patronne leur glissa un sachet de croquants aux amandes « pour la route », avec la recommandation de ne pas traîner au sommet, où le vent soufflait en rafales.')],
    [L('« On y va ? Cette fois, c’est la bonne. »')],
    [M('« On y va. Et si le col est fermé, on redescend, sans discuter. »')],
    [N('La route montait en lacets serrés entre des murs de neige plus hauts que la voiture. Par endroits, on ne voyait plus que le ciel, une bande bleue au-dessus du capot, et Léa retenait son souffle à chaque virage. Au sommet, un panneau à moitié enseveli annonçait l’Italie ; un douanier solitaire, emmitouflé jusqu’aux yeux, leur fit signe de passer sans même regarder leurs papiers. Ils descendirent vers Pontechianale dans un silence émerveillé, puis vers la plaine, où les vergers étaient déjà en fleurs, comme si l’hiver n’avait été qu’un mauvais rêve.')],
    [R('« Ici Radio Piemonte : il colle dell’Agnello è aperto. »')],
    [N('Ils éclatèrent de rire en même temps. Le col était ouvert, la radio le confirmait, et ils l’avaient déjà franchi. Turin n’était plus qu’à deux heures de route. Mais ceci est une autre histoire, que vous entendrez au chapitre suivant.')],
]


def para_html(segs, plain=()):
    out = []
    for voice, text in segs:
        t = esc(text)
        if voice in HEX:
            out.append('<font color="%s">%s</font>' % (HEX[voice], t))
        elif voice == 'Radio' and 'Radio' not in plain:
            out.append('<span backColor="#FFFF00">%s</span>' % t)
        else:
            out.append(t)
    return ''.join(out)


def build(name=NAME, plain=()):
    w, h = A4
    margin = 20 * mm
    gap = 8 * mm
    col = (w - 2 * margin - gap) / 2
    frames = [Frame(margin, margin, col, h - 2 * margin, id='left'),
              Frame(margin + col + gap, margin, col, h - 2 * margin, id='right')]

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont('Helvetica-Oblique', 8)
        canvas.drawCentredString(w / 2, h - 12 * mm, 'La route des crêtes — livre audio, chapitre 4')
        canvas.drawCentredString(w / 2, 10 * mm, 'Page %d' % doc.page)
        canvas.restoreState()

    doc = BaseDocTemplate(out_path(name, 'pdf'), pagesize=A4, title='La route des crêtes', invariant=1,
                          pageTemplates=[PageTemplate(id='two', frames=frames, onPage=on_page)])
    body = ParagraphStyle('body', fontName='Helvetica', fontSize=12, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=6)
    story = [Paragraph(para_html(p, plain), body) for p in PARAS]
    doc.build(story)
    paras = PARAS + [{'segs': [[None, 'La route des crêtes — livre audio, chapitre 4']], 'furniture': True}]
    write_script(name, 'ReportLab 3.6.12', __doc__.strip().split('\n\n')[0], VOICES, ['#000000'], paras)


if __name__ == '__main__':
    build()
    # The radio's lines in plain black, for mupdf_highlight.js to highlight with annotations.
    build('rl-frames-fr-plain', plain=('Radio',))
