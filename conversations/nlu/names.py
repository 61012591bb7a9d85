"""The guest's name in a message: after an introduction, signing off an e-mail, or typed alone.

Reads the original text (case tells a name from the words around it); cues are matched without
accents ("réservation", "je m'appelle"), names keep theirs. Titles are dropped ("Sra.", "Dr.",
"Mme", "Herr", "Dott."), particles kept inside a name ("Fernández de la Vega", "De Luca",
"Puig i Ferrer", "van Dijk"), and a name typed in lower case ("me llamo juan carlos pérez") ends at
the first ordinary word: a word the team's training sentences use in lower case ("quiero", "volevo").
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator
from pathlib import Path

from conversations.nlu.numbers import to_int
from conversations.nlu.quoting import plain_same_length as _plain
from conversations.nlu.quoting import without_quoted_reply as without_quoted_reply
from conversations.nlu.text import fold

_TRAIN = Path(__file__).parent / "data" / "train"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Strong cues introduce a name whatever its case; weak ones ("soy", "I'm", "sono") only a capitalised
# word (or any word in a message typed all in lower case that is not an ordinary word).
# Field labels ("Nombre completo:", "Name for the booking:", "Titular:"): a cue only with the colon.
_LABELS = (
    r"(?:full name|guest name|nombre completo|nombre y apellidos?|nome completo|nome e cognome|prenom et nom|"
    r"vor- und nachname|vorname und nachname|titular|holder|lead guest|cognome e nome|apellidos y nombre|"
    # "Guest: Tom Baker", "Huésped: Ana Ruiz", "Persona de contacto: Luis Ortega" (with the colon only)
    r"guest|huesped|hospede|gast|ospite|contact person|contact|persona de contacto|contacto|contato|"
    r"ansprechpartner(?:in)?|referente|"
    r"(?:name|nombre|nom|nome) (?:for|para|de|pour|fur|per|da|of|del|do|dell|des|der|on|in|en|sur|auf|na|no|sulla)"
    r" (?:the |la |a |die |el |o |l')?"
    r"(?:booking|reservation|reserva|reservierung|buchung|prenotazione|holder|titular|huesped|hospede|client|"
    r"gastes|ospite)|nombre|names|name|nom|nome)"  # ("booked last night for the 3rd-5th oct. names Priya Raman")
)
_STRONG_CUES = (
    r"me llamo|mi nombre es|mi nombre completo es|el nombre es|a nombre del|al nombre del|a nombre de|al nombre de|"
    # "Meu nome completo é Larissa Damasceno Prado", "mon nom complet est ...", "mein vollständiger Name ist ..."
    r"(?:o )?meu nome completo e|(?<!qual )(?<!qual e )o nome e(?= (?!(?:o|a|e|do|da|de)\b)[^\W\d_]+ [^\W\d_]+)|mon nom complet (?:est|c'est)|il mio nome completo e|"
    r"mein vollstandiger name (?:ist|lautet)|bajo el nombre de|"
    r"con el nombre de|with the name|com o nome de|no nome d[eoa]|avec le nom|mit dem namen|auf namen|con il nome di|"
    r"(?:el |la |o |a |le |il |the |der |die )?(?:titular|titulaire|titolare|intestatario|intestataria|holder|"
    r"lead guest|inhaber|inhaberin)(?: de la| da| de| della| of the| of| der)? (?:reserva|reservation|reservacion|"
    r"prenotazione|booking|buchung|reservierung)(?: es| e| est| is| ist)?|"
    r"a mi nombre|a nombre mio|in my name|under my name|auf meinen namen|uf de name|uf (?:min|mi) name|unter meinem namen|no meu nome|em meu nome|"
    r"a mon nom|sous mon nom|intestata a me|intestato a me|a nome mio|a mio nome|os escribe|me presento|"
    r"let me introduce myself|je me presente|ich stelle mich vor|mi presento|apresento-me|"
    r"sul nome di|a nome(?: di)?|en nombre de|on behalf of|im namen von|per conto (?:di|del|della)|reservation name|booking name|nombre de (?:la )?reserva|"
    r"de parte de|de la part de|da parte di|da parte de|per conto (?:dei|degli)|my name is|"
    # "es la reserva de la familia Ortiz", "la réservation de la famille Martin": the family's surname
    r"(?:reserva|booking|reservation|reservierung|buchung|prenotazione|resa) (?:de la|of the|der|della|da|de la)"
    r" (?:familia|family|famille|familie|famiglia)|"
    # "Names are Kylie and Brett Donaldson": two people named, the first with the surname they share
    r"(?:the |our )?names are|los nombres son|les noms sont|die namen sind|i nomi sono|os nomes sao|"
    r"my name's|name's|my full name is|under the name(?: of)?|"
    r"in the name of|on the name of|the name is|name is|(?:the )?name (?:should|would|will|must|might) be|"
    # "Il nome è Agnieszka Wójcik.", "Le nom est Anne Leroy." (two words after it, not "il nome è quello di ...")
    r"(?<!qual e )il nome e(?= (?!(?:il|la|lo|di|del|della|quello|quella|sbagliato)\b)[^\W\d_]+ [^\W\d_]+)|"
    r"le nom (?:est|c'est)(?= (?!(?:le|la|de|du|celui|faux)\b)[^\W\d_]+ [^\W\d_]+)|(?:the )?(?:booking|reservation|room) is under(?: the name(?: of)?)?|chamo-me|me chamo|meu nome e|"
    r"o meu nome e|em nome d[eoa]|je m'appelle|je m appelle|je me nomme|mon nom est|mon nom c'est|"
    r"au nom des?|au nom d'|sous le nom de|sous le nom d'|ich heisse|ich heiße|mein name ist|mein name lautet|auf den namen|"
    r"unter dem namen|name ist|mi chiamo|il mio nome e|a nome di|intestata a|intestato a|intestarla a|intestarlo a|"
    r"intestatela a|intestatelo a|le escribe|les escribe|"
    r"te escribe|vi scrive|le scrive|hier ist|(?:hier|da|es) spricht|"
    # "Servus, da schreibt der Lukas Hofer.", "aquí escribe Lucas", "qui scrive Luca", "quem escreve é o Lucas"
    r"(?:hier|da) schreibt|aqui escribe|qui scrive|aqui escreve|quem (?:vos |lhe |lhes |te )?escreve e|firmado|signed|assinado|signe|gezeichnet|firmato|"
    # "Name on the booking is Mohammed Al-Rashid", "el nombre de la reserva es ..."
    r"(?:the )?(?:name|nombre|nom|nome) (?:on|for|of|de|da|del|della|pour|sur|auf|der|do|na|no|in|per|para|fur) (?:the |la |el |die |o |a |l')?"
    r"(?:booking|reservation|reserva|reservierung|buchung|prenotazione) (?:is|es|est|ist|e|lautet)|"
    rf"{_LABELS}"  # last: "name's", "name is" are read before the bare label "name"
)
# "it's me again, Karen", "ich bin's, Will": who follows the comma is the writer.
_ITS_ME_CUE = (
    r"(?:(?:it'?s me|it is me|c'est moi|c'est encore moi|c'est re-?moi|soy yo|sou eu|sono io|ich bin'?s|i bin'?s)"
    r"(?: again| otra vez| de nuevo| encore| di nuovo| wieder| de novo| nochmal| nochmals| noch ?mal| schon wieder)?|"
    # "Sono di nuovo io, Marta Colombo", "soy yo otra vez", "sou eu outra vez"
    r"(?:sono|soy|sou) (?:di nuovo|ancora|de nuevo|otra vez|de novo|outra vez) (?:io|yo|eu))"
)
# "its" is "it's" typed fast; "fala o Pedro", "le habla Marta", "vi parla Luca": who is speaking.
_WEAK_CUES = (
    rf"{_ITS_ME_CUE}(?=[^\S\n]*,)|"  # first: "it's me again, Karen" before "it's"
    r"soy|i am|i'm|im|this is|under|so(?=' [a-z])|son(?= (?:la|el|il) [a-z])|hier sind|it's|its|it is|ici|sono|je suis|jsuis|chuis|chu|j'suis|ich bin|i bin da|i bin de|i bin|ich bi de|ich bi|i bi de|i bi(?= (?:d'|d |der |die ))|bin der|bin die|"
    # (Swiss "i bi d'Barbara", "i bi de Beni": "I am" with the spoken article)
    # Swiss and Austrian "da isch d'Pia", "do isch de Beni"; "hier Angel Petersen", "é o Franco" opening a message
    r"(?:(?:da|do|hie|hier) isch|(?:da|do) is)(?: d[ea])?|da ist|sou o|sou a|sou(?! eu\b)|c'est|c est|aqui es|aqui e|qui e|aqui|qui(?! parla)(?= [a-z]+ [a-z])|hier|eh? o(?! nome)|eh? a(?! nome)|e la|e il|"
    r"fala o|fala a|quem fala e|le habla|les habla|te habla|habla|vi parla|ti parla|le parla|qui parla|le saluda|les saluda|"
    # (Swiss "D'Reservation lauft uf Brunner"; "Gebucht ist auf Anna-Lena Voss")
    r"(?:(?:reservierung|buchung|reservation|reservierig)(?: bitte)?(?: lauft| ist| isch)?|(?<![\w ])lauft|"
    r"(?:gebucht|reserviert)(?: ist| isch| wurde)?|(?:buchen|reservieren)(?: sie)?(?: (?:das|es|die|den|sie|ihn|uns|mir))?"
    r"(?: bitte)?) (?:auf|uf)(?! (?:den |dem |de |(?:mein|unser|ihr|sein|dein|euer|eur)(?:en|em) )?name)"
)
_LANGUAGES = ("es", "en", "pt", "fr", "de", "it")
_ITS_ME = re.compile(_ITS_ME_CUE)
_ENGLISH_HELLO = re.compile(r"\W*(?:hi|hey|hello|hiya|heya|yo)(?: there| all| guys| everyone)?\W+")
# The language of a weak cue, whose own words are not names after it ("sono Will", "soy Frank").
_CUE_LANGUAGES = (
    ("en", re.compile(r"i am|i'm|im|this is|under|it'?s|it is")),
    ("es", re.compile(r"soy|aqui es|(?:le |les |te )?habla|(?:le |les )saluda")),
    ("pt", re.compile(r"sou(?: [oa])?|aqui e|e [oa]|fala [oa]|quem fala e")),
    ("fr", re.compile(r"ici|je suis|jsuis|chuis|chu|j'suis|c'est|c est|c'est (?:encore|re-?)moi")),
    ("it", re.compile(r"sono|qui e|qui|so|son|(?:vi|ti|le|qui) parla")),
)


def _cue_language(cue: str) -> str:
    """The language whose words a weak cue is followed by, or "" (all of them) when it is several's."""
    return next((lang for lang, pattern in _CUE_LANGUAGES if pattern.fullmatch(cue)), "")


# Cues are read on `_plain(text)`: lower case, accents and curly apostrophes gone, same length.
_CUE = re.compile(rf"\b(?:(?P<strong>{_STRONG_CUES})|(?P<weak>{_WEAK_CUES}))\b[^\S\n]*(?::[^\S\n]*)?")
# "a nombre de mi jefe, D. Arturo Gil", "a nome di mio marito, Gianluca Esposito", "auf den Namen meiner Chefin, Frau
# Dr. Bernhardt": after a booking cue, whose it is (a possessive and one or two words), then the name after a comma.
_RELATION = re.compile(
    r"(?i:[^\S\n]*(?:(?:mi|mis|mio|mia|my|our|mon|ma|notre|nuestr[oa]|mein|meine[mnrs]?|unser|unsere[mnrs]?|meu|minha|"
    r"o meu|a minha|do meu|da minha|il mio|la mia|del mio|della mia)[^\S\n]+)"
    # (not a company: "au nom de ma société, Dupont SA")
    r"(?!soci[eé]t[eé]|empresa|company|firma|azienda|entreprise|agence|agencia|agenzia|ag[eê]ncia|ditta|firm\b)"
    r"(?:[^\W\d_]+(?:['\u2019]s)?(?:[^\S\n]+[^\W\d_]+)?[^\S\n]*[,:(\u2013\u2014-]|[a-zà-ÿ]+)[^\S\n]*)"
    # (a title typed in lower case: "per conto del mio titolare, l'ing. Roberto Galli")
    # ("a nombre de mi jefe, el Dr. Hernán Darío Restrepo": an article before the title)
    r"(?=[A-ZÀ-Ö]|(?:l['\u2019]|(?:il|la|el|o|a|der|die|le|the)[^\S\n]+)?"
    r"(?i:ing|dott|dott\.ssa|avv|arch|geom|rag|prof|sig|sig\.ra|dr|dra|sr|sra|d|mr|mrs|ms|mme|m)\.?[^\S\n]*[A-ZÀ-Ö])"
)
# "...y mi apellido es García": the surname said apart joins a first name said alone.
_SURNAME = re.compile(
    r"\b(?:(?:mi|my|o meu|meu|mon|mein|il mio) )?(?:primer )?(?:apellidos?|surname|last name|family name|"
    r"sobrenome|apelido|nom de famille|nachname|familienname|cognome)(?: es| is| e| est| ist| lautet| c'est| c est)?[^\S\n]*:?[^\S\n]*"
)

# Letters of any alphabet (Łukasz, Dvořák, Şahin, Mª), with apostrophes and hyphens inside.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-]|\.(?=ª))*")  # "M.ª José"
_TITLES = """
    sr sra srta sres d dna dña don dona doña senor señor senora señora senhor senhora dr dra prof profa mr mrs ms
    miss mx sir herr herrn frau dipl.-ing ing m mme mlle monsieur madame mademoiselle sig sig.ra sigra signor signora
    signorina dott dott.ssa dottssa dottor dottore dottoressa doctor doctora doutor doutora docteur avv avvocato
    fr hr ingegner ingegnere eng enga arq arch familia family famille familie famiglia família i.a. i.v. ppa. pp. p.p. dr.-ing dr.-med
    lic lic. licenciado licenciada lcdo lcda ingeniero ingeniera arquitecto arquitecta dr.ª dra.ª sr.ª sra.ª d.ª
    eng.ª prof.ª med med. dent. vet. phil. h.c. mult. f.to maître maitre eng.º dr.º arq.º arq.ª prof.º sr.º
    mag lt col capt cpt maj gen sgt cmdr rev revd seu fam rag geom profª prof.ª drª srª sraª engª arqª dª profº
    prof.ssa profssa pr pr. professor professora profesor profesora professeur professeure
"""
_TITLE_WORDS = frozenset(fold(t).rstrip(".") for t in _TITLES.split())
# Longest first, so "Dott.ssa" is not read as "Dott." and "ssa"; "Familie Brandt" signs as the family's surname.
_TITLE = re.compile(
    r"(?i)(?<!\w)(?:(?:el|la|o|a|le|il|the|die|der)\s+|l['\u2019])?(?:"
    + "|".join(re.escape(t) for t in sorted(set(_TITLES.split()), key=len, reverse=True))
    + r"|i\.\s?[av])(?:\.(?!ª)|(?=\s))\s*"  # (not "M.ª José": María)
)
# "Mr & Mrs Okonkwo", "M. et Mme Durand", "Herr und Frau Kaiser": the couple's surname follows the second title.
# A married couple by its surname ("a nome dei coniugi Ferri", "los señores Olmos", "die Eheleute Brandt", "les
# époux Martin"): the surname is the name (guests.py counts the couple).
_COUPLE_TITLE = re.compile(
    r"(?i)^\s*(?:(?:mr|m|herrn?|sr|sig|signor|senhor|se[ñn]or|monsieur)\.?\s*(?:&|\+|and|y|e|et|und)\s*"
    r"(?=(?:mrs|ms|mme|madame|frau|sra|sig\.ra|signora|senhora|se[ñn]ora)\b)|"
    r"(?:(?:dei|degli|i|gli|los|les|des|die|der|den|os|dos|the)\s+)?(?:coniugi|signori|sigg\.|eheleute|[ée]poux|"
    r"se[ñn]ores|senhores|sres\.|srs\.)\s*(?=(?-i:[A-ZÀ-Ö])))"
)
_POSSESSIVES = _words(
    """
    ma mon mes sa son ses notre votre nos vos leur leurs mi mis su sus tu tus nuestra nuestro vuestra vuestro my our
    your his her their mia mio mie miei tua tuo sua suo nostra nostro vostra vostro minha meu minhas meus sua seu
    nossa nosso mein meine meiner unser unsere ihr ihre me moi mim mich mir mia mie
    mien mienne miens miennes tien tienne sien sienne siens siennes mine ours yours
    """
)  # (and the pronouns: "annulez la réservation 44 120, c'est la mienne")
_POSTNOMINALS = _words("phd md mba msc bsc ma ba mbbs frcs esq jr sr llm mphil dphil cpa rn dds mrcp")
_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "von", "der", "den", "ter", "ten",
     "le", "zu", "dei", "della", "degli", "i", "dell", "d", "dal", "dalla", "des"}
)  # fmt: skip
# Particles of Arabic surnames, capitalised after a first name ("Fatima El Amrani", "Youssef Ben Ali", "Nour Abu Said").
_ARABIC_PARTICLES = frozenset({"el", "al", "ben", "bin", "abu", "ould", "ait"})
# Joins two surnames only between capitalised words ("Puig i Ferrer"); "Ana y Pedro" are two people.
_CONNECTORS = frozenset({"i"})
_STOP = _words(
    """
    y and e et und mi my con with com avec mit para for quiero want would like de del la el the a un una quisiera
    necesito tengo reserva booking habitacion room por favor please gracias thanks je voudrais ich mochte vorrei
    gostaria queria per pour fur no not en in from desde aqui here is es ist est e su tu ein eine looking buscando
    interested interesado interesada calling writing escribiendo bitte merci grazie obrigado obrigada danke s'il
    svp pls thank you and i
    jaja jajaja jeje haha hahaha hehe lol xd mdr kkk kkkk rsrs ehm euh erm ahm hmm falando hablando parlando speaking
    """
)
# Words in lower case and a colon between a cue and the capitalised name ("auf meinen Namen umschreiben: Thomas
# Merz", "in my name please: Tom Hall", "a mi nombre por favor: Ana Gil").
_VERB_THEN_NAME = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:[a-zß-öø-ÿ][\w'-]*[^\S\n]+){0,2}[a-zß-öø-ÿ][\w'-]*[^\S\n]*:[^\S\n]*(?=[A-ZÀ-ÖØ-Þ])"
)
# Endings of a verb said by "we" (folded): Italian "torneremo", "torniamo", Spanish and Portuguese "volveremos",
# "voltaremos", "volvemos", French "reviendrons".
_WE_WILL = re.compile(r"(?:remo|iamo|remos|amos|emos|imos|rons|ions)$")
# "But" typed in lower case after a cue ends the name: "est à mon nom mais...", "in my name but...".
_BUT = _words("mais but pero mas aber ma però however cependant pourtant")
# "of" before the company a full name works at ("Kerstin Albers von Hoffmann Logistik", "Tom Hall from Acme Ltd").
_WORKS_AT = _words("von vom of from de di da du del della")
# Someone spoken of after a booking cue ("a nombre de ella", "au nom de lui"), no name (folded).
_PRONOUNS = _words(
    "ella ellas ellos el ela ele elas eles elle elles lui eux lei loro him her them ihn ihm sie"
)
# A voice note's fillers inside a spoken name.
_NAME_FILLERS = _words("eh ehm ehh um umm uh uhm euh ah ahm aeh aehm erm hmm mmm hum ahn")
# ... and before it, typed in lower case ("hier ist äh die birgit hofer", "sono ehm lorenzo bassi").
_LEADING_FILLERS = re.compile(
    r"^(?:(?:eh|ehm|ehh|um|umm|uh|uhm|euh|ah|ahm|äh|ähm|aeh|aehm|erm|hmm|mmm)\b[,.]*\s+)+"
)
# Nationalities, townsfolk and what people say they are, capitalised in English, French and German ("I'm Italian",
# "je suis Belge", "ich bin Vegetarierin"): no names after "I'm", "je suis", "ich bin", "sono". (Words that are
# also names or surnames, Romano, Franco, French, Schweizer, Berliner, are left out.)
_WHAT_PEOPLE_ARE = _words(
    """
    spanish german italian portuguese american belgian swiss dutch brazilian mexican
    argentinian argentine canadian irish scottish welsh austrian australian chinese japanese polish swedish danish
    norwegian russian greek turkish indian moroccan chilean colombian peruvian venezuelan cuban uruguayan
    espanol espanola ingles inglesa britanico britanica frances francesa aleman alemana italiano italiana portugues
    portuguesa americano americana belga suizo suiza holandes holandesa brasileno brasilena brasileiro brasileira
    mexicano mexicana argentino argentina canadiense chileno chilena colombiano colombiana peruano peruana cubano
    cubana uruguayo uruguaya venezolano venezolana austriaco austriaca irlandes irlandesa
    espagnol espagnole anglais anglaise britannique francais francaise allemand allemande italien italienne
    portugais portugaise americain americaine belge suisse neerlandais neerlandaise bresilien bresilienne
    mexicain mexicaine canadien canadienne autrichien autrichienne irlandais irlandaise parisien parisienne
    lyonnais lyonnaise marseillais marseillaise quebecois quebecoise bretonne
    spanierin englanderin britin franzose franzosin italiener italienerin
    englander spanier brite deutscher deutsche ire irin schotte schottin hollander niederlander kanadier kanadierin
    australier australierin japaner japanerin chinesin russe russin grieche griechin schwede schwedin
    english british englishman englishwoman scot
    ecossais ecossaise allemande neerlandais hollandais hollandaise australien australienne japonais japonaise
    escoces escocesa alemao ingles inglesa holandes australiano australiana japones japonesa
    scozzese irlandese australiano giapponese statunitense
    portugiese portugiesin amerikaner amerikanerin belgier belgierin schweizerin hollanderin
    niederlanderin osterreicher osterreicherin brasilianer brasilianerin berlinerin
    munchnerin wienerin vegetarier vegetarierin veganer veganerin allergiker allergikerin
    student studentin rentner rentnerin stammgast tourist touristin touriste turista
    profesor profesora professor professora professeur professeure insegnante docente teacher lehrer lehrerin
    maestra medico medica medecin arzt arztin doctora enfermera enfermero enfermeira enfermeiro infirmier
    infirmiere infermiere infermiera nurse krankenschwester abogado abogada advogado advogada avocate lawyer anwalt
    anwaltin ingeniero engenheiro engenheira ingenieur ingenieurin engineer estudiante estudante etudiant etudiante
    studente studentessa jubilado jubilada aposentado aposentada retraite retraitee pensionato pensionata retired
    periodista jornalista journaliste giornalista journalist fotografa photographer photographe fotografin
    malade sick ill enfermo enferma doente krank malato malata pregnant embarazada gravida enceinte schwanger incinta
    cansado cansada fatigue fatiguee tired stanco stanca mude casado casada married mariee verheiratet sposato
    sposata soltero soltera solteiro solteira celibataire ledig diabetico diabetica diabetic diabetique diabetiker
    celiaco celiaca celiac coeliaque zoliakie zoliakerin vegetariana vegetarien vegetarienne vegetariano
    vegetarian commercial commerciale comercial representante representant vertreter vertreterin rappresentante
    salesman saleswoman trainer trainerin coach betreuer betreuerin entrenador entrenadora treinador treinadora
    allenatore allenatrice entraineur entraineuse
    spagnolo spagnola inglese francese tedesco tedesca svizzero svizzera olandese brasiliano brasiliana messicano
    messicana canadese austriaco austriaca milanese napoletano napoletana torinese fiorentino fiorentina
    espanhol espanhola alemao alema suico suica holandesa brasileiro brasileira mexicano canadense austriaco
    lisboeta portuense carioca paulista paulistano paulistana mineiro mineira gaucho gaucha
    madrileno madrilena barcelones barcelonesa sevillano sevillana valenciano valenciana londoner
    """
)
# Words after "soy", "I'm", "sono" that are not names.
# Who writes for someone else ("les escribe la secretaria de D. Arturo Gil"): the one after "de" is the guest.
_ROLES = _words(
    """
    secretaria secretario secretary asistente assistant assistente assistante secretaire sekretarin sekretar
    assistentin segretaria segretario secretaria
    """
)
# Who owns or runs a business ("ich bin die Inhaberin der Bäckerei", "je suis le gérant de ..."): no guest's name.
_OWNERS = _words(
    """
    inhaber inhaberin besitzer besitzerin geschaftsfuhrer geschaftsfuhrerin owner proprietaire gerant gerante
    proprietario proprietaria dueno duena titolare gestore gestora gestionnaire
    """
)
# What "c'est" says of something in French ("c'est beau", Québec for "that's fine"; "c'est noté", "c'est parfait").
_SAID_OF_IT = _words(
    "beau belle bon bonne parfait parfaite nickel top super genial correct note regle fait clair cool sympa gentil "
    "dommage vrai possible certain pareil mieux jouable faisable envisageable realisable grave urgent important "
    "nul inadmissible inacceptable honteux scandaleux cher chere complique normal bizarre etrange"
)
_ROLE_OF = re.compile(r"[^\S\n]+(?:de|del|of|di|du|von|da|do|della)[^\S\n]+")
_NOT_NAMES = _words(
    """
    numerosa numerosas completa entera nombreuse entiere ganze ganzen intera inteira whole extended monoparental
    frage fragen anfrage beschwerde hilfe rechnung stornierung bestatigung dringend
    alergico alergica allergic vegetariano vegetariana vegan vegano cliente client guest huesped de from muy very
    interested interesado interesada looking going in at on sorry the a an not so here aqui happy unhappy calling
    writing staying arriving travelling traveling coming trying still just also already un una une il lo la ein
    eine molto tres sehr gast ospite hospede your tu vuestro nao non pas nicht no disappointed decepcionado
    enfadado angry fine bien ok okay good bueno buena socio member mobility en el le der die das hotel
    everyone everybody guys team its again quien quienes who whom qui chi quem wem wen wer meinung ansicht
    uberzeugung afraid glad pleased delighted sure certain desole desolee navre navree ravi ravie enchante
    enchantee contento contenta lieto lieta spiacente encantado encantada feliz froh traurig leider
    departamento department dept equipe equipo equipa abteilung ufficio servizio servicio servico service
    reservas reservations reservierung reservierungen prenotazioni recepcion reception rezeption ricevimento
    recepcao empfang accueil conciergerie concierge portineria portaria portier housekeeping zimmerservice
    etagenservice roomservice
    direccion direction direzione gerencia management administracion verwaltung contabilidad accounts
    sales ventas vendas marketing comercial purchasing procurement compras acquisti achats einkauf amministrazione
    administration administracao buchhaltung comptabilite contabilita finanzas financas finanza finanzen staff
    personal amigo amiga amigos amigas friend friends mate bro
    chicos chicas jefe tio tia hermano carino guapa guapo ragazzi amici pessoal galera gente leute igualmente
    anyway tambien also too nuevamente mil mille tante tanto much lots muito infinitas again
    urgent urgente dringend urgentissimo asap
    facilities secretariat secretariado segreteria sekretariat sekretariats
    absurdo absurda absurd absurde assurdo assurda inaceptable inacceptable inaceitavel inaccettabile inakzeptabel
    unacceptable unzumutbar lamentable lamentavel ridiculo ridicula ridiculous ridicule ridicolo lacherlich vergonha
    vergogna verguenza shameful schade peccato dommage decevant deludente enttauschend disappointing increible
    incroyable incrivel incredibile unglaublich terrible terrivel terribile schrecklich horrible horrivel orribile
    pesimo pessimo vergonzoso vergognoso scandaleux scandaloso skandalos escandaloso outrageous disgraceful
    inadmisible inadmissible inammissibile inadmissivel
    """
)
# Countries guests say they come from after their name ("soy Wang Lei de China", "ich bin Yuki Tanaka aus Japan"); no
# surname (those that are also first names, India, Georgia, Jordan, are left out).
_COUNTRIES = _words(
    """
    china japan japon japao giappone korea corea coreia brasil brazil bresil brasilien mexico messico mexique
    argentinien colombia kolumbien peru chile venezuela ecuador bolivia uruguay paraguay cuba espana spain espagne
    spanien spagna espanha francia france frankreich franca germany alemania allemagne deutschland germania
    alemanha italy italien italie portugal england inglaterra angleterre inghilterra schweiz suiza suisse svizzera
    suica austria autriche osterreich holanda hollande holland olanda belgica belgique belgien belgio canada kanada
    usa eeuu australia australien marokko marruecos maroc marocco turquia turkei turquie turchia polen polonia
    pologne russland rusia russie russia
    """
)
# Where someone writes from is no name ("ici Lyon Part-Dieu", "hier Luzern", "this is London Heathrow Express",
# "qui Milano Centrale"): cities guests name (not those that are also first names: Florence, Victoria, Santiago)...
_PLACES = _words(
    """
    madrid barcelona sevilla valencia bilbao malaga zaragoza granada cordoba toledo salamanca alicante murcia palma
    ibiza cadiz vigo coruna oviedo santander pamplona donostia girona tarragona burgos segovia cancun guadalajara
    monterrey bogota medellin lima quito caracas montevideo asuncion habana mexico lisboa lisbon porto faro coimbra
    braga funchal brasilia curitiba recife fortaleza manaus paris lyon marseille toulouse nantes strasbourg
    montpellier bordeaux lille rennes reims grenoble dijon quebec montreal bruxelles brussels geneve geneva lausanne
    luxembourg trois-rivieres sherbrooke gatineau saguenay levis berlin hamburg munchen munich koln cologne frankfurt stuttgart dusseldorf dortmund leipzig bremen
    dresden hannover nurnberg wien vienna graz salzburg linz innsbruck zurich bern basel luzern lucerne roma rome
    milano milan napoli naples torino turin firenze venezia venice bologna genova palermo verona bari catania trieste
    london manchester liverpool edinburgh glasgow dublin birmingham leeds bristol boston chicago miami toronto
    spain espana germany deutschland france italy italia portugal brazil brasil argentina chile colombia peru uk
    england scotland ireland usa canada australia switzerland schweiz suisse svizzera austria osterreich belgium
    belgique belgien netherlands holland
    """
)
_TWO_WORD_PLACES = frozenset(
    {"buenos aires", "new york", "sao paulo", "rio de", "belo horizonte", "san sebastian", "las palmas", "los angeles",
     "san francisco", "la paz", "new zealand", "united states", "united kingdom", "costa rica", "puerto rico"}
)  # fmt: skip
# ... and words of stations, airports, agencies and companies ("Gare de Lyon", "Viajes Halcón", "Acme GmbH").
# Where someone works or studies, after a name ("dell'Istituto", "de l'Université", "dell'Ospedale").
_INSTITUTIONS = _words(
    "istituto instituto institut institute universita universidad universidade universite university universitat "
    "ospedale hospital hopital krankenhaus scuola escuela escola ecole schule school liceo lycee colegio collegio "
    "ufficio oficina bureau office"
)
_PLACE_WORDS = _words(
    """
    hauptbahnhof bahnhof hbf gare station stazione estacion estacao airport aeroport aeropuerto aeroporto flughafen
    terminal centrale fundburo travel travels tours viajes voyages viaggi viagens reisen reiseburo express agency
    agencia agence agenzia agentur gmbh ltd inc corp srl company empresa societe societa firma ditta customer
    consulting hotel hostal hostel suite junior deluxe superior standard doble double twin
    construcciones construcoes costruzioni transportes transportadora trasporti logistique logistica logistik
    tourisme turismo tourism solicitors partners associati associates associes asociados abogados avocats
    kanzlei grupo group groupe gruppo sociedad sa sl srl sarl sas lda ltda plc llc ag kg bv
    azienda entreprise impresa compagnia unternehmen
    """
)
_CLOSINGS = (
    r"(?:un |muchos |cordiales |afectuosos )?saludos(?: cordiales)?|un (?:cordial )?saludo|atentamente|atte\.?|att|"
    r"un abrazo|besos|besitos|abrazos|abrazo|hasta (?:pronto|luego|mañana|manana)|nos vemos|afectuosamente|cordialmente|"
    # ("Warmly,\nHope & Daniel", "Amicalement,\nConstant", "Herzlichst\nGreta und Jonas")
    r"warmly|fondly|cordially|respectfully|amicalement|herzlichst|"
    # goodbyes that open no message ("Tschüss, Kevin", "Ciao ciao\nLorenzo e Sofia"; a lone "ciao" or "salut" is
    # also hello)
    r"tsch(?:ü|ue|u)(?:ss|ß|s)|tschau|ciao ciao|bye(?:[ -]bye)?|see ya|adi[oó]s|chao|chau|tchau(?:zinho)?|au revoir|"
    r"arrivederci|auf wiedersehen|servus|pfiat (?:di|eich|euch)|"
    r"que (?:tenga|tengas|tengan) (?:un )?buen (?:d[ií]a|fin de semana)|"
    r"(?:best|kind|warm|warmest|many thanks and)? ?regards|(?:best|warm|warmest|kind|good) wishes|all the best|best|cheers|sincerely(?: yours)?|"
    r"see you(?: soon| then)?|have a (?:nice|good|great) (?:day|evening|weekend)|"
    r"yours (?:sincerely|faithfully|truly)|cordialement|bien (?:cordialement|à vous|a vous)|(?:(?:mes |nos )?(?:meilleures|sinc[èe]res|cordiales) )?salutations|"
    r"bonne (?:journée|journee|soirée|soiree|fin de journée|fin de journee)|à bientôt|a bientot|bises|grosses bises|bisous|"
    r"bisou|amitiés|amities|(?:je vous |je t'|on vous |on t')embrasse|nous vous embrassons|xoxo|xx|hugs|lots of love|much love|love(?=,)|"
    # "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."
    r"(?:je vous prie|nous vous prions|veuillez) d'agr[ée]er[^\n]*|veuillez agr[ée]er[^\n]*|(?:recevez|je vous adresse|veuillez recevoir)[^\n]*salutations[^\n]*|"
    # a closing opened by "with" ("Avec mes remerciements et mes meilleures salutations,", "With kind regards,", "Con
    # un cordial saludo,", "Con i migliori saluti,", "Com os melhores cumprimentos,")
    r"avec (?:mes|nos|toutes mes|tous mes) [^\n?]{0,50}(?:salutations|remerciements|amitiés|amities|sentiments)[^\n?]*|"
    r"with (?:my |our )?(?:best |kind |warm |warmest |many )?(?:regards|wishes|thanks)[^\n?]*|"
    r"con (?:mis |nuestros |un |mi )?(?:mejores |cordiales |afectuosos |cordial |afectuoso )?(?:saludos?|agradecimiento)[^\n?]*|"
    r"con (?:i )?(?:miei |nostri )?(?:migliori |cordiali |distinti |più cordiali )saluti[^\n?]*|"
    r"mit (?:freundlichen|besten|herzlichen) gr(?:ü|ue)(?:ß|ss)en|"
    r"(?:freundliche|viele|beste|liebe|herzliche|schöne|schoene) gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|lg|mfg|vg|"
    # closings cut short ("...salir el lunes slds ana", "cdlt marie", "rgds tom", "cumps joão")
    r"slds|sldos|cdlt|cdt|rgds|rgrds|cumps|"
    r"bis (?:bald|morgen|dann)|bussi|bussis|(?:ganz )?liebe gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|u)ess(?:li)?|(?:einen )?sch(?:ö|oe)nen (?:tag|abend)|"
    r"cordiali saluti|distinti saluti|saluti|un (?:caro |cordiale |affettuoso )?saluto|cari saluti|a presto|"
    # "until next time" ("Alla prossima 👋\nGiulia e Marco")
    r"alla prossima|hasta la pr[oó]xima|until next time|till next time|à la prochaine|a la prochaine|"
    r"bis zum n(?:ä|ae)chsten mal|at(?:é|e) (?:a )?pr(?:ó|o)xima|(?:porgo|invio) (?:distinti |cordiali )?saluti|"
    r"buona (?:serata|giornata|notte)|buonanotte|baci|bacioni|un bacio(?:ne)?|un abbraccio(?:ne)?|"
    r"atenciosamente|(?:melhores |com os melhores )?cumprimentos|(?:um |grande )?abra(?:ç|c)o|abra(?:ç|c)os|abs|bjs|bjos|bj|"
    r"(?:um (?:grande )?|muitos )?(?:beijos|beijo|beijinhos?)|"
    r"at(?:é|e) (?:breve|logo|mais|amanh(?:ã|a))|"
    r"(?:recib(?:a|an|e|id) |le |les |te )(?:un (?:cordial |afectuoso )?saludo|saluda(?: atentamente)?)|"
    # "I look forward to hearing from you.\nAnna": a polite last sentence before the name.
    r"(?:quedo|quedamos) (?:a la espera|atent[oa]s?|a su disposici[oó]n)[^\n]*|i look forward to[^\n]*|"
    r"looking forward to[^\n]*|dans l'attente[^\n]*|in attesa[^\n]*|ich freue mich auf[^\n]*|"
    r"aguardo[^\n]*|fico a aguardar[^\n]*"
)
# Thanks close a message too, but "Gracias Ana" on one line may thank the receptionist: a name only below.
_THANKS = (
    r"gracias de antemano|gracias por adelantado|(?:muchas |mil |un mill[oó]n de )?gracias(?: mil| infinitas)?|mille grazie|mille mercis?|"
    r"mil obrigad[oa]s?|tausend dank|thanks(?: in advance| so much| a lot| a million| a mil| very much)?|thank you(?: in advance| so much| very much)?|"
    r"many thanks|thx|thanx|merci(?: beaucoup| d'avance| par avance| vielmal| viumau| infiniment| mille fois)?|"
    r"danke(?: sch(?:ö|oe)n| im voraus| vielmals?)?|vielen dank(?: im voraus)?|"
    # (with the word that makes them warmer: "grazie assai", "grazie tante", "merci infiniment", "danke vielmals")
    r"grazie(?: mille| in anticipo| assai| tante| infinite)?|grcs|grax|(?:muito )?obrigad[oa](?: desde j[áa]| demais)?|obg|obgd[oa]?|brigad[oa]|valeu|vlw|ta(?=,)|"
    # thanks typed short ("...kid's got chicken pox. Tks", "Grz", "Mci", "Dankeschön") and in a neighbouring language
    # ("Dank u wel, Pieter", "Moltes gràcies,\nJordi"): the name is under or after them, never them
    r"tks|tnx|tku|tysm|tyvm|thank u|grs|grz|grzie|mci|mrc|dankesch(?:ö|oe)n|dank (?:u|je)(?: wel)?|dankjewel|bedankt|"
    r"hartelijk dank|(?:moltes )?gr(?:à|a)cies|grazas"
)
_CLOSING = re.compile(
    rf"(?im)(?:^|(?<=[.!?,\u2600-\u27bf\U0001f000-\U0001faff\ufe0f])[^\S\n]|(?<= und )|(?<= and )|(?<= et )|(?<= y )|(?<= e ))[^\S\n]*"
    # (a title in lower case before the name: "Cordiali saluti, prof.ssa Laura Valentini")
    rf"[¡¿]?(?:(?:{_CLOSINGS})\b[^\w\n]*(?:\n|$|(?-i:(?=(?:[a-z]{{2,5}}\.(?:ssa|ra)?[^\S\n]*)?[A-ZÀ-Ö])))|"
    rf"(?:{_THANKS})\b[^\w\n]*(?:\n|$)|"
    # a closing line with more words ("Saludos desde Sevilla,", "Thanks so much,", "Danke und Gruß")
    rf"(?:{_CLOSINGS}|{_THANKS})\b[^\n?]{{1,40}}\n|"
    # ... and the name after it on the same line ("Freundliche Grüße aus Wien, Franz Huber")
    rf"(?:{_CLOSINGS})\b[^\n?,.!]{{1,30}},[^\S\n]*(?-i:(?=[A-ZÀ-Ö][^\n]{{1,60}}$)))"
)
_COUPLE = re.compile(
    r"^(?P<first>[A-ZÀ-Ö][\w'-]+)\s+(?:and|y|e|et|und|&)\s+[A-ZÀ-Ö][\w'-]+\s+(?P<surname>[A-ZÀ-Ö].*)$"
)
# "soy la vale!!", "sono la vale, c'è...", "soy la cote de santiago": in a message typed in lower case, a spoken
# article after "soy"/"sono"/"ich bin" names whoever follows, even a word that is also an ordinary one, when the
# name ends its clause or says where she is from (read on `_plain` text).
_SPOKEN_ARTICLE = re.compile(
    r"[^\S\n]*(?:la|el|il|lo|der|die|d')[^\S\n]*(?P<name>[a-z]{3,}(?:-[a-z]+)?)"
    r"(?=[^\S\n]*(?:[,!.?;\n]|$)|[^\S\n]+(?:de|da|di|aus|vo|von)[^\S\n]+[a-z])"
)
# Who someone is, said after the article ("soy la madre de Lucía", "sono la moglie di Marco"): no name.
_SPOKEN_ROLES = _words(
    """
    madre mama mujer esposa hija novia hermana abuela tia jefa encargada responsable duena secretaria
    recepcionista padre papa marido hijo novio hermano abuelo tio jefe encargado dueno moglie mamma figlia sorella
    nonna fidanzata ragazza zia marito figlio fratello nonno fidanzato ragazzo zio mutter frau tochter schwester
    vater mann sohn bruder chef chefin primera primero ultima ultimo unica unico misma mismo stessa stesso prima
    """
)
_SPOKEN_ARTICLE_CUES = frozenset({"soy", "sono", "ich bin", "i bin"})
# "Claire de la chambre 12", "Tom from room 12", "Rosa de la habitación 3": a guest who says her room.
# After one word that may be a place or a person: where the person comes from ("Hans from Munich", "sonia de
# valencia", "Jonas aus Köln"), or the guest's own booking later on ("ici Séverine, la résa 3390 ...").
# Italian "from the" ("dalla Sardegna", "dal Trentino", "dagli Stati Uniti"), typed in lower case after a name.
_FROM_A_PLACE = frozenset({"dal", "dalla", "dallo", "dalle", "dai", "dagli"})
_PERSON_AFTER = re.compile(r"(?i)[^\S\n]+(?:from|de|aus|da|di|du|depuis|desde|von|vom)[^\S\n]+[A-Za-zÀ-ÿ]")
# "hier ist nochmal Jürgen Maier-Lenz", "this is again Tom": a word for again between the cue and the name (read on
# `_plain` text).
_AGAIN_AFTER_CUE = re.compile(
    r"[^\S\n]*(?:nochmal|nochmals|noch mal|noch einmal|wieder|erneut|once again|again|de nuevo|otra vez|di nuovo|"
    r"ancora|de novo|outra vez|encore|a nouveau)\b[^\S\n]*,?"
)
# "This is Olu again, ...": someone who wrote before is a person, not a place.
# Words that put right what was just said ("soy Paco bueno Francisco Javier Lozano", "ich bin die Sabine also Sabine
# Krämer", "c'est Steph enfin Stéphanie Moreau"): the full name after them is the one meant.
_PUT_RIGHT = re.compile(
    r"(?i)[^\S\n]*,?[^\S\n]*(?:bueno|o sea|digo|mejor dicho|perd[oó]n|i mean|well|sorry|or rather|enfin|pardon|"
    r"plut[oô]t|c'est-[àa]-dire|also|bzw\.?|beziehungsweise|besser gesagt|eigentlich|cio[eè]|anzi|ovvero|o meglio|"
    r"quer dizer|ou melhor|ou seja|digo)[^\S\n]*,?[^\S\n]+(?=[A-ZÀ-ÖØ-Þ])"
)
_SAID_AGAIN = re.compile(r"[^\S\n]+(?:again|de nuevo|otra vez|di nuovo|de novo|outra vez)\b")
_OWN_BOOKING = re.compile(
    r"\b(?:(?:la|ma|notre|mi|nuestra|my|our|the|meine|unsere|die|la mia|a minha|a nossa|a) )"
    r"(?:resa|reservation|reserva|booking|buchung|reservierung|prenotazione)\b"
)
_FROM_ROOM = (
    r"(?:from|in|de la|de|del|della|dalla|vom|von|aus|do|da|no) (?:the )?(?:room|rm\.?|chambre|habitaci[oó]n|zimmer|camera|"
    r"stanza|quarto|suite)(?: n[°ºo.]*| nr\.?| nummer| number| numero| n[uú]mero)?\s*\d"
)
_HERE = re.compile(
    # "ciao è Franca qui": Italian says who is here with "è"
    # ("então é a Jéssica aqui", "pues es la Jessica aquí", "allora è la Jessica qui": with the article too)
    r"(?:^|[,.!:\u2013\u2014-]\s*|[\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?\s+|\b[èÈ]\s+|"
    r"(?<!\w)(?:[éèÉÈ]|es|ist|c'est)\s+(?:a|o|la|el|il|le|die|der)\s+)"
    # "Mary-Kate Ó Súilleabháin": a surname's particle of one letter
    # ("Maximilian von der Heyde hier", "Maria Vittoria degli Esposti qui": particles inside)
    r"(?P<name>(?:(?:[A-Z]|Ma)\. ){0,2}[A-ZÀ-Ö][\w'-]+(?: (?:and|&|y|e|et|und) [A-ZÀ-Ö][\w'-]+)?"
    r"(?: (?:(?:de|del|da|di|do|dos|das|du|des|van|von|der|den|la|le|degli|della|dei|dal|dalla) )*[A-ZÀ-Ö][\w'-]*){0,3}) "
    # "Christian Dubois à l'appareil", "Christian Bauer am Apparat", "Luis Vega al habla": on the phone
    # (a whole word: "Seconde quinzaine d'août" is no "Seconde qui")
    r"(?:(?:here|speaking|writing|aqu[ií]|por aqu[ií]|hier|qui|ici|[àa] l'appareil|am Apparat|al habla|al aparato|"
    rf"al telefono|ao telefone)(?!\w)|{_FROM_ROOM})"
)
# A message's opening greeting, read on `_plain` text: "hi", "hey there,", "hola!" (or nothing).
_GREETINGS = (
    # (accents kept too: `_GREETED` reads the text as written, "Olá! Ana Paula Ribeiro Costa")
    r"buenos d[ií]as|buenas tardes|buenas noches|buen d[ií]a|guten (?:tag|morgen|abend)|gr(?:ü|ue|u)ezi|hoi|"
    r"hi|hey|hello|hiya|dear|hola|buenas|ol[aá]|oi|bom dia|boa tarde|boa noite|bonjour|bonsoir|salut|coucou|hallo|"
    r"servus|moin|morning|evening|afternoon|gru(?:ss|ß|ess|eß) gott|gria(?:ss|ß) (?:gott|di|eich|eahna|eana|enk|ihna)|griass di|gr(?:ü|ue|u)(?:ss|ß) (?:euch|dich|sie)|ciao|salve|buongiorno|buonasera|good (?:morning|afternoon|evening)"
)
# The fillers of a voice note or a phone call before the greeting or the name ("hi um yeah this is frank",
# "alô é o christian", "pronto buongiorno sono rosa").
_FILLERS = (
    r"um|uh|erm|yeah|yes|ok|okay|so|well|ja|jo|oui|si|eh|euh|ahm|ah|hm|mira|oye|bueno|pronto|allo|alo|diga|"
    # ("hola buenas este sí mire habla Rogelio Sandoval": a phone call's Spanish fillers)
    r"este|mire|oiga|pues|olha|olhe|allora|senta|alors|ecoutez"
)
_OPENING = re.compile(
    rf"\W*(?:(?:{_GREETINGS}|{_FILLERS})(?: there| all| team| guys| everyone| gente| pessoal| galera| a todos| tutti|"
    rf" zusammen)?\W*){{0,6}}"
)
# In a message typed in lower case: "hi anna here", "hola, pedro aqui".
_HERE_LOWER = re.compile(
    rf"^\W*(?:(?:{_GREETINGS})(?: there)?\W+)?(?P<name>[a-z][\w'-]+(?: [a-z][\w'-]+)?) (?:here|aqui|por aqui|hier|qui|ici)\b"
)
# "Hey there! James Smith, looking for...": a full name after the greeting, then a comma or a new line.
_GREETED = re.compile(
    # (or nothing: "Pedro Sánchez, cliente habitual. ¿Tienen...?"; "Hello from Anna Schmidt!")
    rf"(?i:^\W*(?:(?:{_GREETINGS})(?: there| all| team| everyone| [àa] tous| a todos| a tutti| zusammen)?"
    r"(?: from| de| von| da)?(?:\s*[-\u2013\u2014])?[!,.:]*\s+){0,2})"
    # (particles inside: "Bonsoir, Charles-Henri de La Rochefoucauld, ...")
    r"(?P<name>(?:(?:[A-Z]|Ma)\. ){1,2}[A-ZÀ-Ö][\w'-]+(?: [A-ZÀ-Ö][\w'-]+)?|"  # "A. Colombo", "Ma. José Ruiz"
    r"[A-ZÀ-Ö][\w'-]+(?: (?:(?:de|del|da|di|van|von|der|den|du|dos|das|la|le|zu) )*[A-ZÀ-Ö][\w'-]+){1,3})"
    # "Hi there, Will Turner and family, ...": the family's holder
    r"(?:\s+(?:and|&|y|e|et|und)\s+(?i:family|familia|famille|familie|famiglia|fam[ií]lia))?\s*(?:[,!\n\u2013\u2014]|\s-\s|"
    # "Guten Tag, Hans-Peter Müller (Buchung 5521), ...": the name, then the booking in brackets
    r"\((?i:booking|reservation|reserva|r[ée]sa|r[ée]servation|buchung|reservierung|prenotazione|ref)\b|"
    # "Bonjour, Jean-Baptiste de La Tour. Je souhaiterais...": after a greeting, the full name is a sentence
    r"(?P<stop>\.(?=[^\S\n]+[A-ZÀ-Ö]))|"
    # "Guten Abend! Lena Hoffmann-Brückner.", "Oi! Carla Beatriz Monteiro Lima": ... or the whole rest of the message
    r"(?P<alone>[.!]?[^\S\n]*\Z))"
)
# "Hi from Oluwaseun and Tunde!": two people greeting; the first one named writes.
_GREETED_FROM_TWO = re.compile(
    rf"(?i:^\W*(?:{_GREETINGS})[!,.]*[^\S\n]+(?:from|de|von|da)[^\S\n]+)"
    r"(?P<first>[A-ZÀ-Ö][\w'-]+)[^\S\n]+(?:and|&|y|e|et|und)[^\S\n]+(?P<second>[A-ZÀ-Ö][\w'-]+)[^\S\n]*[!,.\n]"
)
# A greeting's name followed by thanks addresses the receptionist ("Hi Anna Berg, thanks for your reply").
_THANKED_AFTER = re.compile(rf"\s*[,\n\u2013\u2014-]?\s*(?i:{_THANKS}|thank|merci|grazie|danke|gracias)\b")
_EMAIL_ADDRESS = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# An address spelled out after the cue ("c'est tom tiret richard arobase free point fr"), read on `_plain` text.
_SPOKEN_ADDRESS = re.compile(
    r"[^\S\n]*(?:[\w.'-]+[^\S\n]+){0,5}?(?:arroba|arobase|chiocciola|at)[^\S\n]+[\w-]+[^\S\n]+(?:punto|dot|point|punkt|ponto)\b"
)
# A title before a capitalised word names someone ("for Mr and Mrs Patel"), but not "meine Frau Anna".
_TITLE_CUE = re.compile(
    r"(?<!\w)(?<!my )(?<!mi )(?<!meine )(?<!mein )(?<!ma )(?<!mon )(?<!mia )"
    r"(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta|Mme|Mlle|M|Herr|Frau|Sig|Sig\.ra|Dott|Prof|MR|MRS|MS|DR|SRA|MME|MLLE|HERR|FRAU)\.?"
    r"(?: (?:and|y|e|et|und|&|\+) (?:Mr|Mrs|Ms|Mme|Sra|Frau)\.?)? "
    # (a surname shouted before the first name: "MME DUBOIS Catherine")
    r"(?=[A-ZÀ-Ö](?:['\u2019][A-ZÀ-Ö])?[a-zà-ÿ]|[A-ZÀ-Ö]{2,}[^\S\n]+[A-ZÀ-Ö][a-zà-ÿ])"
)
# ("Thx, the Kowalski family": a family signing after the thanks)
_THANKS_END = re.compile(rf"(?i:\b(?:{_THANKS}))[^\w\n]*\s(?P<name>(?:the\s+)?[A-ZÀ-Ö][^\n]{{1,60}})\s*$")
# "Chau, gracias por todo! Sofi", "Mil gracias!! Pepa": thanks, maybe a few words, a full stop or an
# exclamation mark, then the name ends the message.
_THANKS_WORDS_END = re.compile(
    rf"(?i:\b(?:{_THANKS})(?:[^\S\n]+[^\W\d_]+){{0,4}}[^\S\n]*[.!]+)\s+(?P<name>[A-ZÀ-Ö][^\n.!?]{{1,40}}?)[.!]?\s*$"
)
# "Danke fürs Verständnis, Hermine Strobl", "Thanks for understanding, Helen Ward": thanks for something, a comma, then
# a full name ends the message.
_THANKED_FOR_THEN_NAME = re.compile(
    rf"(?i:\b(?:{_THANKS})(?:[^\S\n]+[^\W\d_]+){{1,4}}[^\S\n]*,)[^\S\n]*(?P<name>[A-ZÀ-Ö][^\n.!?,]{{1,60}}?)[.!]?\s*$"
)
# In a message typed in lower case: "...gracias\nana", "...saludos, maria jose" (one to three words at the end).
_LOWER_SIGNED = re.compile(
    rf"(?i:\b(?:{_CLOSINGS}|{_THANKS}))[^\w\n]*\s+(?P<initial>[^\W\d_]\.[^\S\n]?)?"
    r"(?P<name>[^\W\d_][^\W\d_'-]*(?: [^\W\d_][^\W\d_'-]*){0,2})[.!]?\s*$"
)
# A closing said with its capital after a word, then one or two names end the message: "...Montag LG Jens".
_RUN_ON_CLOSING_END = re.compile(
    r"(?<=[^\W\d_])[^\S\n]+(?:LG|VG|MfG|MFG|Lg|Vg|Mfg|Gruß|Grüße|Saludos|Slds|Cheers|Regards|Rgds|Cordialement|Cdlt|"
    r"Bises|Saluti|Abs|Bjs|Abraços|Beijos|Cumprimentos)[^\S\n]+"
    r"(?P<name>[A-ZÀ-Ö][\w'-]+(?:[^\S\n]+[A-ZÀ-Ö][\w'-]+)?)[.!]?\s*$"
)
# Two or three words typed in lower case alone on a line: "dave collins", "maria jose lopez".
_LOWER_FULL_NAME_LINE = re.compile(r"[a-zß-ÿ][a-zß-ÿ'-]+(?: [a-zß-ÿ][a-zß-ÿ'-]+){1,2}")
# "una habitación para Juan Pérez", "a room for Anna Berg": two capitalised words, none an ordinary one.
_BOOKED_FOR = re.compile(
    r"(?i:\b(?:reserva|reservation|booking|room|habitaci[oó]n|chambre|zimmer|camera|quarto|prenotazione|buchung|"
    r"reservierung|r[ée]servation|r[ée]sa)\s+(?:#?[A-Z]*\d[\w-]*\s+)?(?:(?:es|is|est|ist|[eé]|è|será|sera|will be)\s+)?"
    # "la prenotazione #4711 di Luce Marchetti", "la reserva de Ana Ruiz": whose booking
    r"(?:para|for|pour|f[üu]r|per|a nome de|di|de|of|von|do|da)\s+)"
    r"(?=[A-ZÀ-Ö])"
)
# Two people introducing themselves or booking together ("somos Mercedes y Rocío", "Booking for Grace & Will
# Thompson", "Wir (Jean & Anna Keller) kommen..."): the first one named, with the shared surname.
_TWO_NAMED = re.compile(
    r"(?i:\b(?:somos|we are|we're|wir sind|siamo|nous sommes|on est|on sera|seremos|we|wir|nous|nosotros|noi|n[oó]s|"
    r"(?:booking|reserva|reservation|r[ée]servation|reservierung|buchung|prenotazione)\s+(?:for|para|pour|f[üu]r|per))\b)"
    r"[^\S\n]*[(:]?[^\S\n]*"
    # Portuguese names people with an article ("somos a Ana e o Rui").
    r"(?:[ao][^\S\n]+)?(?P<first>[A-ZÀ-Ö][\w'-]+)\s+(?:and|y|e|et|und|&)\s+(?:[ao][^\S\n]+)?(?P<second>[A-ZÀ-Ö][\w'-]+)"
    r"(?P<surname>(?:\s+(?:[A-ZÀ-Ö][\w'-]+|(?:de|da|van|von|di|del|la|le|du|dos|das)(?=\s+[A-ZÀ-Ö])))*)"
)
# "Je confirme : Luc et Martine Fabre, arrivée le 12/4": a couple and their surname opening a clause (after the
# message's start, a colon or a sentence's end), then a comma or the end.
_COUPLE_OPENING = re.compile(
    r"(?:^|[:\n]|[.!?][^\S\n])[^\S\n]*(?P<first>[A-ZÀ-Ö][\w'-]+)\s+(?:and|y|e|et|und|&)\s+(?P<second>[A-ZÀ-Ö][\w'-]+)"
    r"(?P<surname>(?:\s+(?:[A-ZÀ-Ö][\w'-]+|(?:de|da|van|von|di|del|la|le|du|dos|das)(?=\s+[A-ZÀ-Ö])))+)[^\S\n]*(?=[,;\n]|$)"
)
# "nombre Tomás Aguirre, email tomas@...": a field label without its colon, in a list of the guest's details.
_DETAIL_FOLLOWS = re.compile(
    r"[^\W\d_][\w'-]*(?:[^\S\n]+[^\W\d_][\w'-]*){0,4}[^\S\n]*[,;][^\S\n]*"
    r"(?i:e-?mail|correo|mail|courriel|tel[eé]?f?\w*|phone|m[oó]vil|handy|cellulare|celular|telem[oó]vel|mobile)\b"
)
# "Buchungsnummer 4471, Name Schulz.": a label without its colon after a detail and a comma, one name ending it.
_AFTER_DETAIL = re.compile(r"\d[\w/-]*[^\S\n]*[,;][^\S\n]*$")
_ONE_NAME_ENDS = re.compile(r"[A-ZÀ-Ö][\w'-]+[^\S\n]*(?:[.;,\n]|$)")
# "Name: Özdemir, Ayşe": after a label's surname, a comma and the first name end the line.
_GIVEN_AFTER_COMMA = re.compile(
    r"[^\S\n]*,[^\S\n]*(?P<given>[A-ZÀ-Ö][\w'-]+(?: [A-ZÀ-Ö][\w'-]+)?)[^\S\n]*(?:\n|$|[.;][^\S\n]+)"
)
# "booking for our client Mr. Dmitri Volkov", "reservo para mi jefe, D. Arturo Gil": whom an agent or an assistant books.
_FOR_CLIENT = re.compile(
    r"(?i:\b(?:for|para|pour|f[üu]r|per|pra)[^\S\n]+(?:our|my|mi|nuestr[oa]s?|notre|nos|mes|mon|ma|unser(?:e[mn]?)?|"
    r"meine[mn]?|il nostro|la nostra|i nostri|il mio|la mia|i miei|o nosso|a nossa|os nossos|o meu|a minha|os meus|mis)"
    r"[^\S\n]+(?:clients?|clientes|clientas|cliente|clienta|kunden|kundin|"
    r"guests?|hu[ée]sped|boss|jefe|jefa|chef|chefin|capo|chefe|director|directora|directeur|directrice|direttore|"
    r"direttrice|diretor|diretora|ceo|manager|colleague|kollegen|kollegin|coll[eè]gue|colega|collega|"
    # ("una singola per il nostro tecnico, Ing. Davide Serra": whom a company books for)
    r"t[eé]cnic[oa]|technician|techniker(?:in)?|technicien(?:ne)?|employee|empleado|empleada|dipendente|"
    r"collaborat(?:ore|rice|or|eur|rice)|mitarbeiter(?:in)?|funcion[aá]ri[oa]|consultant|consulente|consultor[a]?|"
    r"berater(?:in)?|engineer|ingegnere|ingeniero|ingeniera|engenheir[oa]|ingenieur(?:in)?|representative|"
    r"rappresentante|representante|commerciale|vertreter(?:in)?|speaker|relatore|relatrice|ponente|"
    r"conf[ée]rencier|referent(?:in)?|ospite|h[óo]spede|gast|invit[ée]e?)[^\S\n]*,?[^\S\n]*)"
    # (a title typed in lower case: "per la nostra consulente, dott.ssa Federica Mancuso")
    r"(?=(?:[A-Z][a-z]{0,3}\.?[^\S\n]+)*[A-ZÀ-Ö]|(?:dott\.ssa|dott|dr|dra|ing|avv|arch|prof|sig\.ra|sig|sr|sra)\.?[^\S\n]*[A-ZÀ-Ö])"
)
# "My boss, Mr. Kenji Watanabe, will be in town", "a nombre del jefe de equipo, Iker Zubiaur", "per il nostro tecnico,
# sig. Ivan Cusumano", "dois colaboradores, o Eng. Nuno Castanheira e ...": someone a company or an assistant books
# for, named by their relation at work, then a comma and their name.
_WORK_ROLE = (
    r"jef[ea](?:[^\S\n]+de[^\S\n]+equipo)?|boss|chef(?:in)?s?|capo|chefe|director[a]?|directeur|directrice|direttore|"
    r"direttrice|diretor[a]?|ceo|manager|gerente|superior|vorgesetzte[rn]?|responsabile|titolare|client[eai]?s?|kund(?:e|in|en)|"
    # ("para o nosso administrador, Eng. Rui Pedro Antunes", "für unseren Geschäftsführer, Herrn ...")
    r"administrador[a]?|administrat(?:or|eur|rice)|amministrat(?:ore|rice)|gesch[äa]ftsf[üu]hrer(?:in)?|"
    r"presidente|president|pr[äa]sident(?:in)?|"
    r"colleague|coll[eè]gue|colega|collega|kolleg(?:e|in|en)|employee|empleado|empleada|dipendente|\w*mitarbeiter(?:in)?|"
    r"t[eé]cnic[oa]s?|technicians?|\w*techniker(?:in)?|technicien(?:ne)?s?|engineers?|ingegnere|ingeniero|ingenieur(?:in)?|"
    r"collaborat(?:ore|rice|ori)|colaborador(?:a|es)?|teacher|team leader"
)
_FOR_NAMED = re.compile(
    r"(?i:\b(?:my|our|mi|nuestr[oa]s?|mon|ma|notre|nos|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|meu|minha|nosso|nossa|nossos|"
    r"mio|mia|nostr[oaie]|the|el|del|la|le|der|die|den|dem|o|a|os|do|da|du|two|three|four|dos|tres|cuatro|dois|tr[eê]s|"
    r"quatro|deux|trois|quatre|zwei|drei|vier|due|tre|quattro)[^\S\n]+(?:lead[^\S\n]+|head[^\S\n]+)?"
    rf"(?:{_WORK_ROLE})"
    r"(?:[^\S\n]+(?:de|of|da|della|der)[^\S\n]+(?:(?:la|nuestra|nossa|our|notre|unserer|nostra)[^\S\n]+)?"
    r"(?:empresa|company|soci[ée]t[ée]|firma|azienda))?[^\S\n]*[,:][^\S\n]*)"
)
# "una tripla per la famiglia Colombo", "la camera per i signori Bellavista", "un cuarto para los señores Olmos": a
# room booked for a family or a married couple by its surname.
# ("anular la reserva de los señores Olmedo", "la prenotazione dei coniugi Ferri", "die Buchung der Eheleute Brandt",
# "la réservation des époux Martin", "a reserva dos senhores Almeida": whose booking it is)
_FOR_FAMILY = re.compile(
    r"(?i:\b(?:for|per|para|pour|f[üu]r|pra|(?:reserva|reservation|r[ée]servation|r[ée]sa|booking|buchung|reservierung|"
    r"prenotazione)[^\S\n]+(?:de|of|di|der|des|dos|das|do|da|du|dei|degli|delle|della|del))"
    # ("para nuestros clientes los señores Lasarte": the clients named by the couple's surname)
    r"(?:[^\S\n]+(?:nuestros|nuestras|our|nos|i nostri|os nossos|unsere[mn]?)[^\S\n]+(?:clientes|clients|clienti|kunden|"
    r"hu[ée]spedes|guests|ospiti|h[óo]spedes)[^\S\n]*,?)?"
    r"[^\S\n]+(?:(?:the|la|i|los|las|les|die|a|os|as|le)[^\S\n]+)?"
    r"(?:famiglia|familia|famille|familie|fam[ií]lia|family|signori|coniugi|se[ñn]ores|senhores|[ée]poux|eheleute)"
    r"[^\S\n]+)(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+)(?![\w'-])"
)
# English puts the surname first ("a room for the Brandt family", "cancel the booking of the Smith family").
_FOR_FAMILY_EN = re.compile(
    r"(?i:\b(?:for|(?:reservation|booking)[^\S\n]+of)[^\S\n]+the[^\S\n]+)(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+)"
    r"[^\S\n]+(?i:family)\b"
)
# "scrivo per mia madre, la signora Rosaria Pugliese, ...": whom the writer writes for, named after the relation.
_WRITING_FOR_KIN = re.compile(
    r"(?i:\b(?:(?:scrivo|escribo|escrevo|i(?:'m| am) writing|je vous [ée]cris|j'[ée]cris|ich schreibe)[^\S\n]+"
    # ("vi scrivo per conto di mia madre, la signora Rosaria Pugliese")
    r"(?:per conto d[ie]|en nombre de|per|para|por|pel[ao]|for|on behalf of|pour|f[üu]r|im namen|de parte de|da parte di|"
    r"em nome d[aeo])|"
    # "vi inoltro la richiesta di mio padre, Sergio Lombardi": a relative's request forwarded
    r"(?:inoltro|i(?:'m| am) forwarding|i forward|je vous transmets|je transmets|les reenv[ií]o|reenv[ií]o|"
    r"encaminho|leite ich|ich leite)[^\S\n]+(?:\w+[^\S\n]+)?(?:la richiesta|the request|la demande|la solicitud|"
    r"la petici[óo]n|o pedido|a mensagem|the message|le message|il messaggio|el mensaje|die anfrage|die nachricht)"
    r"(?:[^\S\n]+(?:di|of|de|from|d[oa]|von))?|"
    # ... or a room or a booking asked for them ("a reservation for my mother, Mrs Eileen Hargreaves, and her carer",
    # "una habitación para mi padre, D. Julián Ortega", "une chambre pour ma mère, Mme Odile Roux")
    r"(?:reservation|booking|room|reserva|habitaci[oó]n|quarto|r[ée]servation|chambre|zimmer|buchung|reservierung|"
    r"camera|prenotazione)\b[^.?!\n]{0,40}?\b(?:for|para|pour|f[üu]r|per|pra))[^\S\n]+"
    r"(?:my|mia|mio|mi|minha|meu|ma|mon|meine[nrs]?|meinen|a minha|o meu|la mia|il mio)[^\S\n]+"
    r"(?:mother|father|mum|mom|dad|madre|padre|m[aã]e|pai|m[eè]re|p[eè]re|mutter|vater|mamma|pap[aà]|mam[aá]|"
    r"grandmother|grandfather|abuel[oa]|av[óô]|grand-m[eè]re|grand-p[eè]re|oma|opa|nonn[oa]|"
    r"sister|brother|hermana|hermano|irm[aã]|irm[aã]o|s[œo]e?ur|fr[eè]re|schwester|bruder|sorella|fratello|vaters|"
    r"aunt|uncle|t[ií]a|t[ií]o|tante|onkel|zia|zio)[^\S\n]*,[^\S\n]*)"
)
# "c'est ma collègue Aurélie Sarr qui fera le déplacement", "it's my colleague Tom Reed who will travel instead": who
# travels in the writer's place.
_WHO_TRAVELS = re.compile(
    # ("C'est finalement mon associé, Bruno Lefort, qui viendra à ma place": an adverb, a comma)
    r"(?i:\b(?:c'est|it'?s|it is|es|ser[áa]|ist es|es ist|ist|è|sar[àa]|[ée]|vai ser)[^\S\n]+(?:[a-zà-ÿ]+ment[^\S\n]+|"
    r"finally[^\S\n]+|now[^\S\n]+|al final[^\S\n]+|jetzt[^\S\n]+|ora[^\S\n]+|agora[^\S\n]+)?(?:(?:my|ma|mon|mi|minha|meu|meine?|"
    r"il mio|la mia|mio|mia|o meu|a minha)[^\S\n]+)[\w-]+,?[^\S\n]+)"
    r"(?=[A-ZÀ-ÖØ-Þ][\w'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'-]+){0,3},?[^\S\n]+(?i:qui|who|quien|quem|que|der|die|che|chi)"
    r"[^\S\n]+(?i:fera|will|ira|vendr[áa]|viajar[áa]|ir[áa]|vir[áa]|vai|kommt|kommen|reist|f[äa]hrt|verr[àa]|andr[àa]|"
    r"viagger[àa]|viendra|voyagera|partira|travels|is coming|is going)\b)"
)
# "my colleague Oliver Grant will be travelling instead of me", "mi compañera Ana Gil vendrá en mi lugar", "mein Kollege
# Jan Ott kommt an meiner Stelle": who comes in the writer's place, named after the relation.
_IN_MY_PLACE_WORDS = (
    r"instead of me|in my place|en mi lugar|en lugar m[ií]o|en mi vez|à ma place|a ma place|al posto mio|al mio posto|"
    r"invece di me|an meiner stelle|statt meiner|statt mir|no meu lugar|em vez de mim|em meu lugar"
)
_IN_MY_PLACE = re.compile(
    r"(?i:\b(?:my|ma|mon|mi|minha|meu|meine?|il mio|la mia|mio|mia|o meu|a minha)[^\S\n]+[\w-]+,?[^\S\n]+)"
    r"(?=[A-ZÀ-ÖØ-Þ][\w'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'-]+){1,3},?[^\S\n]+[^.?!\n]{0,40}?"
    rf"(?i:{_IN_MY_PLACE_WORDS}))"
)
# ... a couple or a family after the relation ("our clients, the couple Fábio and Renata Bittencourt", "i signori
# Mancuso"): their first names and surname, read with `_COUPLE`.
_COUPLE_NAMED = re.compile(
    r"(?i:(?:the|la|i|los|les|die|das|o|os|a|as|el|le|gli)[^\S\n]+)?(?i:casal|couple|pareja|coppia|ehepaar|paar|signori|"
    r"coniugi|se[ñn]ores|senhores|[ée]poux|eheleute|esposos|famiglia|familia|famille|familie|fam[ií]lia|family)[^\S\n]+"
    # ("o casal Henrique e Luísa Matos Pereira": a surname of two words, particles between)
    r"(?P<names>[A-ZÀ-ÖØ-Þ][\w'-]+(?:[^\S\n]+(?:and|y|e|et|und|&)[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'-]+"
    r"(?:[^\S\n]+(?:(?:de|da|do|dos|das|di|del|la|van|von|der)[^\S\n]+){0,2}[A-ZÀ-ÖØ-Þ][\w'-]+){1,3})?)"
    r"(?![\w'-])"
)
# "Sou assistente do Dr. Rodrigo Albuquerque Neves", "im Auftrag von Herrn Prof. Dr. Klaus-Dieter Wendt": whom an
# assistant writes for.
_ASSISTANT_OF = re.compile(
    r"(?i:\b(?:(?:soy|sou|i am|i'm|je suis|ich bin|sono)[^\S\n]+(?:(?:la|el|a|o|the|l'|die|der|il|lo)[^\S\n]*)?"
    r"(?:secretaria|secretario|secretary|asistente|assistant|assistente|assistante|secr[ée]taire|sekret[äa]rin|"
    r"assistentin|segretaria|segretario)[^\S\n]+(?:de|del|of|to|di|du|von|da|do|della|des)|im auftrag von)[^\S\n]+)"
)
# "please book a single room for Dr. Amara Okonkwo-Reid" (signed by her assistant): the one with a title a room is
# booked for is the guest.
_FOR_TITLED = re.compile(
    # ("die Buchung Nr. 5208 317 für Herrn Jens Kowalczyk": a number sign's dot between; "la reservación de una
    # habitación doble ... para el Lic. Andrés Peralta": an article before the title)
    r"(?i:\b(?:book|reserve|booking|reservation|room|reservar|reserva|reservaci[oó]n|habitaci[oó]n|r[ée]server|"
    r"r[ée]servation|chambre|buchen|buchung|reservierung|zimmer|prenotare|prenotazione|camera|quarto)\b"
    r"(?:[^.\n?!]|\.(?=[^\S\n]*\d)){0,40}?\b(?:for|para|pour|f[üu]r|per|pra)[^\S\n]+"
    # ("Notre société ... envoie M. Laurent Droz et deux de ses collègues": whom a company sends)
    r"|\b(?:envoie|envoyons|envoient|sends|sending|we send|schickt|schicken|entsendet|entsenden|manda|mandamos|env[ií]a|"
    r"enviamos|invia|inviamo)[^\S\n]+(?:(?:al|ao)[^\S\n]+)?)"
    r"(?=(?:(?:el|la|le|il|o|a|the)[^\S\n]+)?"
    r"(?:Mr|Mrs|Ms|Dr|Dra|Prof|Sr|Sra|Mme|M|Herrn?|Frau|Dott|Dott\.ssa|Sig|Sig\.ra|Lic|Licda|Ing|Arq|Eng|Avv)\.?[^\S\n]+[A-ZÀ-Ö])"
)
# "Quick q from Jorge (booking 4471)", "de parte de Lola (reserva 5521)": who writes, with the booking in brackets.
_FROM_BOOKING = re.compile(
    r"(?i:\b(?:from|by|de parte de|de la part de|von|da parte di|da parte de)[^\S\n]+)"
    r"(?P<name>[A-ZÀ-Ö][\w'-]+(?:[^\S\n]+[A-ZÀ-Ö][\w'-]+){0,2})[^\S\n]*\((?i:booking|reservation|reserva|r[ée]sa|res|rsv|"
    r"r[ée]servation|buchung|reservierung|prenotazione|ref|room|habitaci[oó]n|chambre|zimmer|camera|quarto)\b"
)
# "change the name from my husband Kevin to me, Aoife Brennan", "a nombre mío, Ana Ruiz": the writer's full name said
# after "me" and a comma.
_TO_ME = re.compile(
    r"(?i:\b(?:to|for|under|a|para|pour|per|auf|f[üu]r|pra)[^\S\n]+(?:me|m[ií]|moi|mich|mim)[^\S\n]*,[^\S\n]*)"
    r"(?=[A-ZÀ-Ö])"
)
# "mein Mann (Thomas Gruber) hat gebucht", "la mia amica Chiara Fontana che ha prenotato": a full name, then who booked.
_BOOKER = re.compile(
    r"(?P<name>[A-ZÀ-Ö][\w'-]+(?:[^\S\n]+(?:(?:de|da|di|del|van|von|dos|das|le|la)[^\S\n]+)*[A-ZÀ-Ö][\w'-]+){1,3})"
    r"[^\S\n]*\)?,?[^\S\n]+(?:who (?:has |had )?(?:booked|reserved|made the (?:booking|reservation))|"
    r"che (?:ha|aveva) prenotato|que (?:ha |hab[ií]a )?reserv[oó]|que hizo la reserva|qui a r[ée]serv[ée]|que reservou|"
    r"(?:der|die) (?:bei (?:Ihnen|euch) )?gebucht hat|hat (?:bei (?:Ihnen|euch) )?gebucht)\b"
)
# "Sono Andrea e Giulia Ferri": a second first name and the surname they share after the first one introduced.
_SHARED_SURNAME = re.compile(
    r"[^\S\n]+(?:and|y|e|et|und|&)[^\S\n]+[A-ZÀ-Ö][\w'-]+"
    r"(?P<surname>(?:[^\S\n]+(?:(?:de|da|di|del|van|von|dos|das|le|la)[^\S\n]+)*[A-ZÀ-Ö][\w'-]+)+)"
    # (or a dash: "Hier sind Lena und Paul Gruber \u2013 wir würden gern ...")
    r"[^\S\n]*(?=[,.;:!?\n\u2013\u2014\u2600-\u27bf\U0001f000-\U0001faff]|-[^\S\n]|$)"
)
# "..., titular Rosa Blanco.": a field label without its colon before a full name that ends the sentence.
_FULL_NAME_ENDS = re.compile(
    r"[A-ZÀ-Ö][\w'-]+(?:[^\S\n]+(?:de|del|da|di|van|von|la|le|dos|das))*[^\S\n]+[A-ZÀ-Ö][\w'-]+"
    r"(?:[^\S\n]+[A-ZÀ-Ö][\w'-]+)?[^\S\n]*(?:[.;\n]|$)"
)
# "wir (Familie Meier) kommen später", "somos la familia Pérez", "nous sommes la famille Martin": a family says who
# it is; its surname is the name.
_FAMILY = re.compile(
    r"(?i:\b(?:wir sind|wir|we are|we're|we|nous sommes|nous|on est|somos|nosotros|siamo|noi|n[oó]s)\b"
    r"[^\S\n]*[(:,\u2013-]?[^\S\n]*(?:die |la |the |a |os |i |le )?(?:familie|famille|familia|famiglia|fam[ií]lia|family|fam\.)"
    r"[^\S\n]*)(?P<name>[A-ZÀ-Ö][\w'-]+(?:[^\S\n]+(?:de|da|van|von|di|del|dos|das|le|la)[^\S\n]+[A-ZÀ-Ö][\w'-]+)?)"
)
# "Guten Tag, Meier mein Name", "Jana Weiß ist mein Name": German puts the name first.
_NAME_FIRST = re.compile(
    r"(?:^|[,.!:\n][^\S\n]*)(?P<name>[A-ZÀ-Ö][\w'-]+(?: [A-ZÀ-Ö][\w'-]+){0,2})[^\S\n]+(?:ist[^\S\n]+)?mein[^\S\n]+Name\b"
)
# "...see ya next year! - Dave", "gracias 🙏 — Ana": a dash after the last sentence, then the name.
_DASH_END = re.compile(
    # (or after a word, the dash spaced: "chambre pour 2 le 24 décembre svp - Karim")
    r"(?:[.!?)\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f]?[^\S\n]*|\w[^\S\n]+)[-\u2013\u2014~]+[^\S\n]*"
    r"(?P<name>[A-ZÀ-Ö][\w'-]+(?:[^\S\n]+[A-ZÀ-Ö][\w'-]+){0,2})[^\S\n]*$"
)
_PHONE_NUMBER = re.compile(r"(?:\+|\b0)\d[\d ().-]{6,16}\d")
_LINE_START = re.compile(r"^[\s\-\u2013\u2014~*_]+")
_AFTER_EMOJI_END = re.compile(
    r"[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff\u2640\u2642]*[^\S\n]+"
    r"(?P<name>[A-ZÀ-Ö][^\n\d.!?,]{1,40}?)[.!]?\s*$"
)
_LOWER_AFTER_EMOJI_END = re.compile(
    r"[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff\u2640\u2642]*[^\S\n]+"
    # (a word joining two names stands apart: "budget basso" is no "budg" and "basso")
    r"(?P<name>[a-z][\w'-]{2,})(?:(?:[^\S\n]*[&+][^\S\n]*|[^\S\n]+(?:and|y|e|et|und)[^\S\n]+)[a-z][\w'-]{2,})?[.!]?\s*$"
)
_HOLIDAY_WORDS = _words(
    """
    semana santa navidad nochevieja nochebuena pascua reyes carnaval pentecostes puente easter christmas eve
    new year years year's whitsun pentecost thanksgiving halloween ostern weihnachten silvester pfingsten fasching
    karneval himmelfahrt paques noel nouvel toussaint pentecote reveillon natale pasqua pasquetta ferragosto
    capodanno carnevale epifania befana natal pascoa ano novo santo santa sankt saint corpus christi fronleichnam
    assomption constitucion black friday domini valentin valentine valentino silvestro semaine settimana san
    """
)
# Feasts wished for at the end of a message ("Boas Festas", "Felices Fiestas", "Buone Feste", "Bonnes Fêtes", "Frohe
# Weihnachten", "Merry Christmas"): the last word of a wish, never of a name.
_FEASTS_WISHED = _words("fiestas festas feste fetes navidad natale weihnachten ostern christmas easter")
# Calendar words that are also given names ("Gracias, Domingo"): a name where a name is expected.
_CALENDAR_NAMES = frozenset({"domingo"})
# A greeting that addresses someone ("Dear Mr. Brown", "Estimado Sr. López"): that is not the guest.
_DEAR_WORDS = (
    r"dear|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?|sehr geehrte[rs]?|liebe[rs]?|cher|chere|gentile|"
    r"gentilissim[oa]|egregi[oa]|car[oa]|prezad[oa]s?|exm[oa]s?\.?|excelentissim[oa]s?|ilustrissim[oa]s?|ilm[oa]s?\.?"
)
_ADDRESSED = re.compile(
    rf"\b(?:{_DEAR_WORDS}|hi|hello|hola|bonjour|hallo|ciao|ola|buongiorno|"
    r"buenos dias|buenas tardes|good (?:morning|afternoon|evening)|bom dia|boa tarde|guten tag|"
    # ... or thanks someone ("Danke Frau Müller für die schnelle Antwort"; but "Thanks, Mrs Lowe" signs, as
    # "Bonjour, Mme Luz Ferreira, ..." introduces the writer)
    r"gracias|thanks|thank you|merci|danke?|grazie|obrigad[oa])"
    # ...with a title before the one the name is read from ("Exmo. Sr. Dr. Mendes", "Estimado Sr. D. Luis")
    r"(?:[^\S\n]+(?:sr|sra|srta|dr|dra|d|dona|don|mr|mrs|ms|herr|frau|prof)\.?)*[^\S\n]*$"
)
_DEAR = re.compile(rf"\b(?:{_DEAR_WORDS})\b")
# What follows a titled name that is someone else: the hotel's staff ("Frau Becker an der Rezeption", "Mr Jones
# from the front desk") or who said something ("Madame Dubois m'a dit", "Mr Jones told me", "Herr Maier meinte").
_SOMEONE_ELSE = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:at|from|on|of|de|del|de la|an der|am|vom|von der|in der|alla|al|della|dalla|da|na|"
    r"do|della|du|aus der|aus dem) (?:the |la |el |le |your |votre |vuestra |vuestro |su |vostro |vostra |ihrer |ihrem |"
    r"seu |sua |vosso |vossa |do |da )?(?:reception|front desk|desk|recepcion|reception|rezeption|empfang|ricevimento|"
    r"recepcao|rececao|portieria|conserjeria|concierge|portineria|bar|restaurant|restaurante|ristorante|spa|hotel|"
    # "Mme Perrin de votre service réservations": a department of the hotel's
    r"service|servicio|servico|servizio|department|departamento|abteilung|reservations?|reservas|reservierung|"
    r"prenotazioni|booking office|team|equipe|equipo|housekeeping|cuisine|kitchen|kuche|cucina|cocina)\b|"
    r"(?:told|said|says|mentioned|explained|asked|me dijo|nos dijo|dijo|me ha dicho|nos ha dicho|me comento|"
    r"m'a dit|nous a dit|m'a explique|a dit|hat (?:mir |uns )?(?:gesagt|erklart|erzahlt|gemeint)|sagte|meinte|"
    r"mi ha detto|ci ha detto|ha detto|me disse|nos disse|disse)\b)"
)
# The hotel's staff named by their job before the title ("Votre réceptionniste, Mme Garnier", "Ihr Koch, Herr Brenner",
# "laut Ihrer Kollegin Frau Yilmaz", "your manager Mr Hill"), read on `_plain` text.
# The writer staying too ("para mim e para o meu colega, Eng. Paulo Tavares", "for me and my colleague Dr. Ann Lee",
# "pour moi et mon collègue", "für mich und meinen Kollegen", "per me e il mio collega", "para mí y mi compañero"): the
# colleague named beside them is a companion, and the guest is the writer who signs.
_WRITER_STAYS_TOO = re.compile(
    r"(?i:\b(?:for|para|pour|f[üu]r|per|pra)[^\S\n]+(?:me|myself|mim|m[ií]|moi|mich|me stess[oa])[^\S\n]+"
    r"(?:and|y|e|et|und)[^\S\n]+(?:(?:for|para|pour|f[üu]r|per|pra)[^\S\n]+)?(?:o[^\S\n]+|a[^\S\n]+|il[^\S\n]+|la[^\S\n]+)?"
    r"(?:my|mi|mon|ma|meinen|meine|mio|mia|meu|minha)\b"
    # ("zwei Einzelzimmer für meinen Kollegen Herrn Albers und mich", "for my colleague Mr Tan and myself")
    r"|\b(?:und mich|and me|and myself|et moi|y para m[ií]|y yo|e per me|e io|e para mim|e eu)\b)"
)
_HOTEL_JOBS = (
    r"receptionniste|receptionist|recepcionista|rezeptionist(?:in)?|receptionista|concierge|conserje|portier|"
    r"koch|kochin|cuisinier|cuisiniere|cuoco|cuoca|cocinero|cocinera|cozinheiro|cozinheira|kellner(?:in)?|"
    r"serveur|serveuse|waiter|waitress|camarer[oa]|camerier[ea]|garcom|housekeeper|femme de chambre|zimmermadchen"
)
_STAFF_BEFORE = re.compile(
    r"\b(?:(?:votre|vos|your|ihre?[mnrs]?|eure?[mnrs]?|vuestr[oa]|vostr[oa]|il vostro|la vostra|o seu|a sua|"
    r"vosso|vossa|o vosso|a vossa)[^\S\n]+(?:"
    rf"{_HOTEL_JOBS}|chef|kolleg(?:e|in|en)|colleague|collegue|collega|colega|manager|managerin|"
    r"direct(?:eur|rice|or|ora)|direttore|direttrice|diretor(?:a)?|gerente|geschaftsfuhrer(?:in)?|"
    r"hoteldirektor(?:in)?|mitarbeiter(?:in)?|employee|employe|dipendente|funcionari[oa]|empleado|empleada)|"
    # ("the receptionist, Mrs Lowe": a job only the hotel's staff have, after an article)
    rf"(?:the|le|la|der|die|el|il|o|a|l')[^\S\n]+(?:{_HOTEL_JOBS}))"
    r"[^\S\n]*,?[^\S\n]*$"
)
# Thanks said to someone with a title ("Dankeschön an Frau Weber", "Agradeço ao Sr. Manuel", "thanks to Mrs Lowe",
# "un grand merci à Mme Garnier", "grazie alla signora Conte", "gracias a la Sra. Ruiz"), read on `_plain` text: the
# one thanked is the staff. After a comma the title signs instead ("Thanks, Mrs Lowe").
_THANKED_BEFORE = re.compile(
    r"\b(?:danke(?:schon)?|dank|thanks?|thank you|merci|grazie|gracias|obrigad[oa]|agradec\w*|agradeco|agradeço|"
    # praise passed on ("Ein dickes Lob an Frau Demir", "Kudos to Mrs Patel", "Complimenti alla signora Conti")
    r"ringrazi\w*|remerci\w*|bedank\w*|lob|kompliment\w*|complimenti|compliments?|kudos|felicit\w*|parabens|"
    r"shout-?out|props|bravo)\b[^\S\n]*(?:(?:an|ao|à|a|aos|as|to|alla|alle|al|ai|agli|a la|al|la|le|"
    r"les|aux|der|dem|den|die|nochmal|nochmals|again|de nuevo|ancora|encore|especially|besonders|speciale|"
    r"especial(?:mente)?|personally|herzlich|sincerely|tambem|tambien|also|auch)[^\S\n]+)+$"
)
# Another guest asked about ("dans quelle chambre dort M. Fabrice Gaillard", "em que quarto está hospedada a Sra.
# Cristina Lopes", "ob Frau Dr. Sabine Roth schon eingecheckt hat"): not the writer (read on `_plain` text).
_ASKED_ABOUT_BEFORE = re.compile(
    r"\b(?:quelle chambre|which room|what room|welche[mn]? zimmer|que quarto|qual quarto|que habitacion|"
    r"cual habitacion|quale camera|che camera|quale stanza|numero de chambre|room number|zimmernummer|"
    r"numero (?:di|de|da|do) (?:camera|stanza|quarto|habitacion)|chambre de|room of|zimmer von|camera (?:di|della|del)|"
    r"quarto d[oa]|habitacion de|"
    # another guest's details ("die Telefonnummer von Frau Berger", "the phone number of Mr Hill")
    r"(?:telefonnummer|handynummer|phone number|numero de telefono|numero de telephone|numero di telefono|"
    r"numero de telefone|adresse|address|direccion|indirizzo|endereco)[^\S\n]+(?:von|of|de|di|da|do|du|del|della))"
    r"\b[^.?!\n]{0,30}$|"
    r"\b(?:hospedad[oa]|alojad[oa]|ospitat[oa]|dort|wohnt|schlaft|sleeps|sleeping|is staying|est[aá] alojad[oa])"
    r"[^\S\n]+(?:(?:a|o|la|el|le|il|die|der)[^\S\n]+)?$"
)
# Someone with a title the writer asks to be put through to or to talk with ("Verbinden Sie mich bitte mit Frau
# Schuster", "could I speak to Mr Hill", "¿me pasa con la Sra. Ruiz?", "pourriez-vous me passer Mme Garnier",
# "mi passa la signora Conte?", "Könnte ich mit Herrn Albrecht sprechen?"): the hotel's staff, not the guest (read on
# `_plain` text).
_PUT_THROUGH = (
    r"verbind\w*|durchstellen|stellen sie mich|sprechen|reden|speak|talk|put me through|connect me|hablar|"
    r"pasa|pase|pasen|pasame|paseme|pasarme|comunicar\w*|parlare|passa|passi|passami|passarmi|falar|passar|"
    r"passe[mz]?|parler|passer|joindre|mettre en relation"
)
_PUT_THROUGH_BEFORE = re.compile(
    rf"\b(?:{_PUT_THROUGH})\b[^.?!,\n]{{0,40}}?(?:\b(?:mit|with|to|con|com|avec|a|al|alla|ao|au|a la)[^\S\n]+)?"
    r"(?:(?:the|la|el|il|le|o|a|der|dem|die|den)[^\S\n]+)?$"
)
_TALK_WITH_BEFORE = re.compile(
    r"\b(?:mit|with|con|com|avec)[^\S\n]+(?:(?:the|la|el|il|le|o|a|dem|der)[^\S\n]+)?$"
)
_TALK_AFTER = re.compile(r"[^.?!\n]{0,40}?\b(?:sprechen|reden|speak|talk|hablar|parlare|falar|parler)\b")
_ASKED_ABOUT_AFTER = re.compile(
    r"[^\S\n]+(?:schon |bereits |already |deja |ya |gia |ja )?(?:eingecheckt|angekommen|checked in|arrived|"
    r"arrive|arrivee|est arrive|llegado|ha llegado|chegou|e arrivat[oa]|arrivat[oa])\b"
)
# Which room he or she is in, asked after the name ("..., M. Oliveira. Vous pouvez me dire dans quelle chambre il
# est ?", "Mrs Patel. Which room is she in?", "Frau Roth. In welchem Zimmer ist sie?"): another guest's room.
_THEIR_ROOM_ASKED = re.compile(
    r"\b(?:quelle chambre|which room|what room|welche[mn]? zimmer|que quarto|qual (?:e )?o quarto|qual quarto|"
    r"que habitacion|cual habitacion|quale camera|che camera|quale stanza|numero de chambre|room number|zimmernummer|"
    r"numero (?:di|de|da|do) (?:camera|stanza|quarto|habitacion))\b[^.?!\n]{0,25}?"
    r"\b(?:il|elle|he|she|er|sie|lui|lei|ele|ela|dele|dela|ella|they|ils|elles)\b"
)
# Words of a message about a booking (read on `_plain` text).
_BOOKING_WORD = re.compile(
    # (German "ob ihr uns ... eingetragen habt", "vorgemerkt": a booking made, said by its entry)
    r"\b(?:reserv\w*|book\w*|buch\w*|gebucht|prenot\w*|resa|cancel\w*|anul\w*|annul\w*|storn\w*|disdet\w*|"
    r"disdir\w*|eingetragen|vorgemerkt)\b"
)
# Words of a request for a room (read on `_plain` text).
# A room or lodging asked for without a room word ("needs a single", "necesitaría alojamiento", "uma singola").
_ROOM_REQUEST = re.compile(
    r"\b(?:alojamiento|alojamento|hebergement|alloggio|unterkunft|accommodation|singles?|singol[ae]|individual(?:es)?|twins?|tripl[aeo]s?|matrimoniale|\w+zimmers?)\b"
)
_ROOM_WORD = re.compile(
    r"\b(?:quartos?|habitaci\w*|rooms?|chambres?|zimmer|camer[ae]|stanz[ae]|doble|double|doppia)\b"
)
_LOCK = threading.Lock()
_ORDINARY: dict[str, frozenset[str]] | None = None


def warm_up() -> None:
    """Read the ordinary words now (~0.1 s) instead of on the first message."""
    _ordinary_words()


def _ordinary_words(lang: str = "") -> frozenset[str]:
    """Words the team's own sentences write in lower case and never capitalised inside a sentence, the
    stop words, and weekday and holiday names: not names. With `lang`, only that language's sentences
    count ("Will" is an English word, but a name in "sono Will")."""
    global _ORDINARY
    if _ORDINARY is None:
        with _LOCK:
            if _ORDINARY is None:
                lower: dict[str, set[str]] = {}
                capital: set[str] = set()
                folded: dict[str, str] = {}  # a word folded once: most words come back thousands of times
                for path in sorted(_TRAIN.glob("*.txt")):
                    for line in path.read_text(encoding="utf-8").splitlines():
                        if line.startswith("#"):
                            continue
                        for sentence in re.split(r"[.!?¿¡:]\s+", re.sub(r"\S+@\S+", " ", line)):
                            words = _WORD.findall(sentence)
                            # The first word says nothing (a capital starts a sentence); a capital inside marks a name.
                            for word in words[1:]:
                                if word.isupper() and len(word) > 1:
                                    continue  # shouted ("reply YES"), not a name's capital
                                plain = folded.get(word)
                                if plain is None:
                                    plain = folded[word] = fold(word)
                                if word[0].isupper():
                                    capital.add(plain)
                                else:
                                    lower.setdefault(path.stem, set()).add(plain)
                lower[""] = set().union(*lower.values())
                common = _calendar_words() | _STOP | _NOT_NAMES
                _ORDINARY = {
                    key: frozenset(((words - capital) | common) - _CALENDAR_NAMES)
                    for key, words in lower.items()
                }
    return _ORDINARY.get(lang, _ORDINARY[""])


def _calendar_word(word: str) -> bool:
    """A month or a weekday, which a phone's dictation capitalises ("March", "Friday")."""
    return fold(word) in _month_words() or fold(word) in _calendar_words()


@functools.cache
def _month_words() -> frozenset[str]:
    from conversations.nlu.dates import MONTHS

    return frozenset(fold(m) for m in MONTHS)


@functools.cache
def _calendar_words() -> frozenset[str]:
    """Weekday and holiday names ("It's Friday", "para Semana Santa"), capitalised but never a guest's
    name. (Months are left out: "Marco" is also "março", and April, June and May are names.)"""
    from conversations.nlu.dates import weekday_names

    return frozenset(weekday_names()) | _HOLIDAY_WORDS


# Lines a phone or mail client adds under a message: not the guest's signature.
_DEVICE_LINE = re.compile(
    r"(?im)^[^\S\n]*(?:sent from|sent with|get outlook|enviado desde|enviado con|obtener outlook|envoy[ée] (?:de|depuis)|"
    r"obtenir outlook|von meinem|gesendet von|inviato da|enviado do|enviado a partir do|enviado de)\b[^\n]*$"
)


# A voice assistant's command dictated before the message ("hey siri text the hotel", "ok google, send a message
# to Hotel Miramar:", "alexa manda un mensaje al hotel"): the assistant is spoken to, the message follows.
_ASSISTANT_COMMAND = re.compile(
    r"(?i)^\W*(?:(?:hey|hi|ok|okay|oye|dis|ehi|e[ií])[^\S\n]+)?(?:siri|google|alexa|cortana)\b[^\S\n,:]*[,:]?[^\S\n]*"
    r"(?:(?:text|message|send (?:a )?(?:text|message) to|write to|escribe(?: a)?|env[ií]a(?: un)? mensaje a|"
    r"manda(?: un)? (?:mensaje|mensagem|messaggio) (?:a|al|para|ao|à)|envoie(?: un)? (?:message|texto) à|"
    r"schreib(?:e)?(?: eine nachricht)? an|scrivi(?: un messaggio)? a|mande(?: uma)? mensagem (?:para|ao|à))"
    r"[^\S\n]+(?:the |el |la |le |l'|o |a |al |ao |à |il |lo |das |dem |den )?(?:hotel|hôtel|hotel\w*)\b[^\S\n,:]*[,:]?)?"
)


def _without_device_lines(text: str) -> str:
    text = _ASSISTANT_COMMAND.sub("", text, count=1) if _ASSISTANT_COMMAND.match(text) else text
    return _DEVICE_LINE.sub("", text).rstrip() if "\n" in text else text


# German "(sie) ist auf Pichler (gebucht)" in a sentence of its own: the name a booking is under.
# ("Läuft auf Petersen. Sorry ...", "Is auf Pichler-Moser, zwei Personen.": the clause ends after it; "Können Sie
# unter Schwarzenbacher nachsehen?": the name to look the booking up under)
_UNDER_SURNAME = re.compile(
    r"(?:^|[.?!][^\S\n]+)(?i:(?:sie|die|es|de)[^\S\n]+)?(?i:ist|is|isch|l[äa]uft)[^\S\n]+(?i:auf|uf)[^\S\n]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'-]+)?)(?:[^\S\n]+(?i:gebucht|reserviert))?[^\S\n]*(?:[.!,;]|$)"
    r"|\b(?i:unter)[^\S\n]+(?P<looked_up>[A-ZÀ-ÖØ-Þ][\w'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'-]+)?)[^\S\n]+"
    r"(?i:nachsehen|nachschauen|nachgucken|schauen|suchen|finden|gebucht|reserviert)\b",
    re.MULTILINE,
)


def extract_guest_name(text: str, *, bare: bool = False) -> str | None:
    """The guest's name (see `_guest_name`); a weekday or a holiday is never one ("Thanks so much, see you
    Friday!", "See you Saturday 🙂"), nor thanks or a closing ("Vielen Dank, bis Freitag!"), nor another guest asked
    after ("Has Mr. Reyes in room 4 checked in yet?")."""
    name = _guest_name(text, bare=bare)
    if name and (
        all(fold(word) in _calendar_words() - _CALENDAR_NAMES for word in _WORD.findall(name))
        or (len(name.split()) >= 2 and fold(name.split()[-1]) in _FEASTS_WISHED)
        or _THANKS_OR_CLOSING.fullmatch(name)
        # ("Hi, I'm Mr Harlow's PA": whose assistant or relative the writer is, no one's name)
        or re.search(r"\w['\u2019]s(?:\s+\w|$)", name)  # (or "I'm Mr. Delgado's assistant": "Delgado's")
        or _another_guest_asked_after(text, name)
    ):
        return None
    return name


# His or her room number ("son numéro de chambre", "her room number", "su número de habitación", "il suo numero di
# camera", "o seu número do quarto", "seine Zimmernummer"), read on `_plain` text.
_THEIR_ROOM_NUMBER = (
    r"(?:his|her|son|sa|su|seine|ihre|sua|suo|o seu|a sua) (?:room number|numero de chambre|numero de habitacion|"
    r"numero di camera|numero do quarto|zimmernummer)"
)
# Whether another guest has arrived, is in, or their room number, asked after their name with a title ("Is Mr.
# Tran in room 12 yet?", "Ist Frau Roth gerade im Haus?", "o Sr. Lemos já fez o check-in?", "Mme Roux est-elle déjà
# arrivée ?", "Herrn Dr. Vogt. Ist er schon eingecheckt?"), read on `_plain` text up to the question mark.
_WHEREABOUTS_ASKED = re.compile(
    # (in the name's sentence, or in the next one about him or her: "Herrn Dr. Vogt. Ist er schon eingecheckt?", not
    # "a room for Mr. Tanaka. Has the confirmation arrived?")
    # (or whose room number: "Mme Clément loge chez vous. Vous pouvez me donner son numéro de chambre ?")
    rf"(?:[^.?!\n]{{0,40}}[.!][^\S\n]+(?=[^.?!\n]*\b(?:he|she|er|sie|il|elle|ele|ela|lui|lei|el|ella|{_THEIR_ROOM_NUMBER})\b))?"
    r"[^.?!\n]{0,80}?\b(?:(?:already |yet )?checked (?:in|out)|arrived|back yet|here yet|in room \d+ yet|"
    # back from somewhere ("Is Mrs Hallworth back from her walk yet?", "¿Ha vuelto ya la Sra. Pérez?", "Mme Roux
    # est-elle rentrée ?", "Ist Frau Roth schon zurück?", "La signora Conte è già tornata?", "A Sra. Lopes já voltou?")
    r"back (?:from|after) [^.?!\n]{1,30}? yet|(?:ya )?(?:ha |han )?vuelto|volvio|regreso|zuruck|zuruckgekommen|"
    r"(?:gia )?(?:tornat|rientrat)[oaie]|(?:ja )?voltou|(?:ja )?regressou|"
    # (in dialect too: Bavarian "Is mei Schwester, die Frau Gruber, scho eingcheckt?")
    r"eing(?:e)?checkt|ausg(?:e)?checkt|angekommen|(?:gerade |schon |noch )?im haus|zimmernummer|"
    r"(?:est(?:-(?:il|elle))?|sont(?:-(?:ils|elles))?)[^\S\n]+(?:deja[^\S\n]+|bien[^\S\n]+)?"
    r"(?:arrivee?s?|partie?s?|rentree?s?|revenue?s?)|deja[^\S\n]+(?:arrivee?s?|partie?s?|rentree?s?|revenue?s?)|"
    r"(?:ya )?(?:ha |han )?llegado|(?:ya )?llego|hizo el check-?(?:in|out)|"
    r"(?:ja )?chegou|fez o check-?(?:in|out)|"
    r"(?:gia )?arrivat[oa]|(?:gia )?fatto il check-?(?:in|out)|"
    rf"{_THEIR_ROOM_NUMBER})\b[^.!\n]*\?"
)
# A title said just before a name ("Mr.", "Frau", "Sr.", "Herrn Dr."), read on `_plain` text.
_TITLE_BEFORE = re.compile(
    r"\b(?:mr|mrs|ms|dr|sr|sra|srta|mme|mlle|m|herrn?|frau|sig|sig\.ra|signora|signor|dott|prof|monsieur|madame|"
    r"senhora?|se[nñ]ora?|don|dona|dona)\.?[^\S\n]+(?:dr\.?[^\S\n]+)?$"
)
_SELF_BEFORE = re.compile(
    r"\b(?:soy|sou|i'm|i am|je suis|ich bin|sono|me llamo|my name is|je m'appelle|mi chiamo|chamo-me|mein name ist|"
    r"this is|aqui|ici|hier ist|qui)[^\S\n]+(?:(?:la|el|o|a|der|die|il)[^\S\n]+)?[^\n]{0,12}$"
)


def _another_guest_asked_after(text: str, name: str) -> bool:
    """Whether `name`, said after a title, is asked after as another guest (arrived, in, their room)."""
    plain = _plain(text)
    first = name.split()[0]
    for at in (m.start() for m in re.finditer(rf"(?<!\w){re.escape(first)}(?!\w)", text)):
        before = plain[max(0, at - 40) : at]
        if not _TITLE_BEFORE.search(before) or _SELF_BEFORE.search(before):
            continue
        if _WHEREABOUTS_ASKED.match(plain, at + len(name)) or _WHEREABOUTS_ASKED.match(
            plain, at + len(first)
        ):
            return True
    return False


_THANKS_OR_CLOSING = re.compile(rf"(?i)(?:{_THANKS}|{_CLOSINGS})")


# _guest_name reads a message's dictated form only after an English cue opening it: made then, once a message.
@functools.lru_cache(maxsize=16)
def _dictated(text: str) -> str:
    """The text with the capitals a phone's dictation adds lowered.

    English "I" is capitalised by phones even in a dictated message ("this is dave kowalski ... I'll get in"), and a
    code in capitals, a month or a weekday ("this is tomasz nowak eh I have reservation ... from 4th of March the
    number is HX 22 71"); a place further on is too ("this is ryan o'sullivan I was wondering ... for Halloween ...
    driving up from Cork"): the words after the introduction are read, not the whole text.
    """
    return _DICTATED_CAPITALS.sub(
        lambda w: (
            "i" if len(w.group(0)) < 2 or w.group(0).isupper() or _calendar_word(w.group(0)) else w.group(0)
        ),
        text,
    )


_DICTATED_CAPITALS = re.compile(r"\b(?:I|[A-Z]{2,}|[A-Z][a-z]+)\b")


def _guest_name(text: str, *, bare: bool = False) -> str | None:
    """The guest's name after a cue ("me llamo Ana García", "my name is John", "Au nom de M. Dupont"), on
    the line after a closing ("Saludos,\\nAna García"), or alone on the last line of a longer message;
    particles, accents, hyphens and apostrophes kept, titles dropped, title-cased when typed in lower case.

    With `bare=True` (the dialogue just asked for a name) a short answer made of name-like words is
    taken as the name itself ("María José Fernández de la Vega").
    """
    text = _without_device_lines(text)
    plain = _plain(text)
    form = _form_name(text, plain)
    if form:
        return form
    client = _FOR_CLIENT.search(text) or _FOR_TITLED.search(text)
    if client and not _WRITER_STAYS_TOO.search(text):
        name = _name_words(text[client.end() :], weak=True)
        # (a title says it is a name even when its surname is also a word: "per il nostro tecnico, Ing. Paolo Gatti")
        titled = _TITLE.match(text[client.end() :].lstrip()) is not None
        # ("pour nos clients, M. et Mme Kessler": a couple by its surname)
        as_couple = _COUPLE_TITLE.match(text[client.end() :]) is not None
        if name and titled and len(name.split()) == 1:
            # "On behalf of our client Mr. Hiroshi Tanaka, ... for Mr. Tanaka and his colleague": the full name said
            said_full = re.search(rf"\b(?P<first>[A-ZÀ-ÖØ-Þ][\w'-]+)[^\S\n]+{re.escape(name)}\b", text)
            if said_full and fold(said_full["first"]) not in _TITLE_WORDS and not _wordy(said_full["first"]):
                name = f"{said_full['first']} {name}"
        if (
            name
            # ("für unseren Kollegen Herrn Demirci": a title and a surname)
            and (len(name.split()) >= 2 or ((as_couple or titled) and not _wordy(name)))
            and (titled or not _wordy(name))
        ):
            return name  # "this is Ann-Marie from Skyline Travel, booking for our client Mr. Dmitri Volkov"
    # (not beside the writer: "para mim e para o meu colega, Eng. Paulo Tavares")
    if (
        _BOOKING_WORD.search(plain) or _ROOM_WORD.search(plain) or _ROOM_REQUEST.search(plain)
    ) and not _WRITER_STAYS_TOO.search(text):
        for family in (*_FOR_FAMILY.finditer(text), *_FOR_FAMILY_EN.finditer(text)):
            if fold(family["name"]) not in _ordinary_words() and not _is_place(family["name"]):
                return family["name"]
        for named in (
            *_FOR_NAMED.finditer(text),
            *_ASSISTANT_OF.finditer(text),
            *_WRITING_FOR_KIN.finditer(text),
            *_WHO_TRAVELS.finditer(text),
            *_IN_MY_PLACE.finditer(text),
        ):
            couple = _COUPLE_NAMED.match(text, named.end())
            if couple:
                # "Nossos clientes, o casal Fábio e Renata Bittencourt" (Fábio Bittencourt), "per i nostri clienti, i
                # signori Mancuso" (Mancuso): a couple or a family named by their names or their surname
                pair = _COUPLE.match(couple["names"])
                surname = couple["names"].split()[0]
                if pair and not _wordy(pair["surname"]):
                    return f"{pair['first']} {pair['surname']}"
                if len(couple["names"].split()) == 1 and fold(surname) not in _ordinary_words():
                    return surname
            name = _name_words(text[named.end() :], weak=True)
            if (
                name
                and len(name.split()) >= 2
                and not _wordy(name)
                and not _is_place(name)
                and not _COMPANY_NAMED.match(text, named.end())
            ):
                return name
    someone = _named_for_someone(text, plain)
    if someone:
        return someone  # "It'll be under his name, Jamie Rowe", "She's Lucy Brennan": whose name the booking is in
    kin = _kin_written_for(text, plain)
    if kin:
        return kin  # "le escribo de parte de mi madre ... ella se llama encarnación lópez": whom the writer writes for
    holder = _new_holder(text, plain)
    if holder:
        return holder  # "Podem passar para o meu nome, Inês Carvalho Sampaio?": whom the booking now goes to
    for under in _UNDER_SURNAME.finditer(text):
        surname = under["name"] or under["looked_up"]
        # (or a room to book: "macht's uns bitte das Familienzimmer fest. Läuft auf Gruber-Haas")
        about_a_booking = (
            _BOOKING_WORD.search(plain) or _ROOM_WORD.search(plain) or _ROOM_REQUEST.search(plain)
        )
        if not (about_a_booking and _every_word_a_name(surname)) or _BOOKING_WORD.match(fold(surname)):
            continue  # (not "unter Buchungen nachsehen")
        words = [fold(w) for w in surname.split()]
        if not any(w in _calendar_words() or w in _month_words() for w in words):
            return surname  # "kinnt ma de Buchung ... verschieben? Is auf Pichler.": the booking's name
    # Typed without capitals (a voice note, a quick chat; maybe a capital to start): "soy" + any name-like word.
    typed_lower = not any(c.isupper() for c in text[1:])
    for m in _CUE.finditer(plain):
        cue = (m["strong"] or m["weak"] or "").strip()
        all_lower = typed_lower or (
            cue in ("this is", "it's", "its", "it is")
            and _OPENING.fullmatch(plain[: m.start()]) is not None
            and not any(c.isupper() for c in _dictated(text)[1 : m.end() + 80])
        )
        cue = re.sub(r"^eh (?=[oa]$)", "e ", cue)  # "oi eh a paloma": "é" typed "eh"
        bare_label = re.fullmatch(_LABELS, cue) is not None and ":" not in m.group(0)
        if (
            bare_label
            and not _DETAIL_FOLLOWS.match(text, m.end())
            and not _FULL_NAME_ENDS.match(text, m.end())
            and not (
                re.fullmatch(r"name|nombre|nom|nome", cue)
                and _AFTER_DETAIL.search(text[: m.start()])
                and _ONE_NAME_ENDS.match(text, m.end())
            )
        ):
            continue
        if _cue_language(cue) == "en" and re.match(r"(?i)[^\S\n]*(?:a|an|the)[^\S\n]", text[m.end() :]):
            continue  # "I'm a Gold member": an English article, no name after it
        if ":" in m.group(0) and re.fullmatch(_LABELS, cue) and re.match(r"[^\S\n]*[\d(+]", text[m.end() :]):
            continue  # "Segue meu contato: (21) 99876-5432 / juliana.mello@...": a phone, then an address
        if not typed_lower and re.match(
            r"[^\S\n]*#?[\w-]*\d[\w-]*[^\S\n]*:[^\S\n]*[a-zà-ÿ]", text[m.end() :]
        ):
            continue  # "cambiar el titular de la reserva 55092: ahora va a nombre de ...": a sentence goes on
        weak = m["weak"] is not None
        capital_only = cue in (
            "it's",
            "its",
            "it is",
            "ici",
            "under",
            "this is",
            "hier",
            "e o",
            "e a",
            "e la",
            "e il",
            "habla",
            "qui",
            "so",
            "son",
            "hier sind",
            # French "it's": "c'est relou", "c'est chiant" end a complaint typed in lower case
            "c'est",
            "c est",
        )
        if (
            cue
            in (
                "hier",
                "e o",
                "e a",
                "e la",
                "e il",
                "habla",
                "bin der",
                "bin die",
                "da ist",
                "qui",
                "hier sind",
                "hier schreibt",
                "da schreibt",
            )
            and _OPENING.fullmatch(plain[: m.start()]) is None
        ):
            continue  # "hier" is French for yesterday, "é o"/"e a" are everywhere: only opening a message
        # In lower case "it's"/"its"/"c'est" names someone only opening the message ("hey its sarah jones", "salut
        # c'est julie"), and "under" only a booking ("it's under mcdonald"): "its raining", "..., c'est relou", "under
        # 12" are no names.
        opening = (
            cue in ("it's", "its", "it is", "this is", "ici", "hier", "e o", "e a", "qui", "c'est", "c est")
            and _OPENING.fullmatch(plain[: m.start()]) is not None
        )
        booked = cue == "under" and (
            re.search(r"\b(?:it'?s|is|booking|reservation|put it|book it)\s+$", plain[: m.start()])
            or not plain[: m.start()].strip()  # "under chinonso adeyemi pls": the reply to "whose name?"
        )
        if capital_only and all_lower and (opening or booked):
            capital_only = False
        if all_lower and cue in _SPOKEN_ARTICLE_CUES:
            spoken = _SPOKEN_ARTICLE.match(plain, m.end())
            word = spoken["name"] if spoken else ""
            if spoken and word not in _SPOKEN_ROLES | _KIN | _ROLES | _NOT_NAMES | _STOP | _calendar_words():
                return _capitalise(text[spoken.start("name") : spoken.end("name")])
        if cue == "im" and not (all_lower and _ENGLISH_HELLO.fullmatch(plain[: m.start()])):
            continue  # "hi im aoife": "i'm" typed fast, only after an English greeting (German "im" is "in the")
        if (
            capital_only
            and all_lower
            and re.match(rf"[^\S\n]*[^\W\d_][\w'-]*[^\S\n]+{_FROM_ROOM}", plain[m.end() :])
        ):
            capital_only = False  # "yo its marcus from rm 408": a guest who says their room
        if (
            weak
            and all_lower
            and (capital_only or not _plausible_lower_start(text[m.end() :], _cue_language(cue)))
        ):
            continue
        if _EMAIL_ADDRESS.match(text[m.end() :].lstrip(" :")) or _SPOKEN_ADDRESS.match(plain, m.end()):
            continue  # "mon mail c'est julie.moreau@free.fr", "it's jo@x.com": an address, not an introduction
        if m["weak"] and re.match(r"[^\S\n]*\d", text[m.end() :]):
            continue  # "Ich bin 84 Jahre alt", "I'm 34 weeks pregnant": a number, no name after the cue
        start = m.end()
        again_said = _AGAIN_AFTER_CUE.match(plain, start)
        if again_said:
            start = again_said.end()  # "hier ist nochmal Jürgen Maier-Lenz": who wrote before, not "Nochmal"
        verb_then_name = None if typed_lower else _VERB_THEN_NAME.match(text, start)
        if verb_then_name:
            # "auf meinen Namen umschreiben: Thomas Merz": the verb, then the name
            start = verb_then_name.end()
        relation = _RELATION.match(text, start) if m["strong"] else None
        if relation:
            start = relation.end()  # "a nombre de mi jefe, D. Arturo Gil": the one named after the relation
        pronoun = re.match(r"[^\S\n]*(?P<word>[a-zà-ÿ]+)\b(?![^\S\n]+[A-ZÀ-ÖØ-Þ])", text[start:])
        if (
            pronoun
            and fold(pronoun["word"]) in _PRONOUNS
            # (Spanish "él" typed "el" is also the article: "le habla el licenciado Ramiro Solís")
            and (
                fold(pronoun["word"]) != "el"
                or re.match(r"[^\S\n]*(?:[,.;:!?\n]|$)", text[start + pronoun.end() :])
            )
        ):
            continue  # "pasadla a nombre de ella", "no nome dele": someone spoken of, named elsewhere if at all
        name = _name_words(text[start:], weak=weak and not all_lower)
        if (
            name
            and not all_lower
            and _LEADING_FILLERS.match(text[start:].lstrip())
            and name.split()[0] not in text[start:]
        ):
            # "está a mi nombre eh resulta que ... se llama Noelia Campos": after a voice note's filler, a word in
            # lower case where names have capitals goes on with the sentence
            continue
        # An article names ("soy la Cote", "sono il Franco", "sou a Mari", "é o Caio": the cue's own), as do "it's me
        # again, Paz" and "ich bin's, Will" (who follows is the writer), a room after the name ("will from room 12")
        # and a booking made under it ("booking under Will").
        introduced = (
            booked
            or re.match(
                r"[^\S\n]*,?[^\S\n]*(?:(?:la|el|il|der|die|da|de|o|a)\s+|d')[A-ZÀ-Ö]", text[m.end() :]
            )
            or re.search(r"\b(?:o|a|la|el|il|der|die|bi de)$", cue)
            or _ITS_ME.fullmatch(cue)
            or (name and re.match(rf"(?i)\s+{_FROM_ROOM}", text[_end_of(name, text, m.end()) :]))
            # "hier sind Mia und Jonas Berger": two people and the surname they share
            or (
                name
                and len(name.split()) == 1
                and (shared_said := _SHARED_SURNAME.match(text, _end_of(name, text, m.end())))
                and not _wordy(shared_said["surname"].strip())
            )
        )
        if (
            name
            and cue == "hier sind"
            and (
                re.match(r"[^\S\n]*(?:die|der|das|den|unsere?|meine?|ihre?)\s", plain[m.end() :])
                or (
                    len(name.split()) == 1
                    and not re.match(
                        r"[^\S\n]+(?:und|&)[^\S\n]+[A-ZÀ-Ö]", text[_end_of(name, text, m.end()) :]
                    )
                )
            )
        ):
            continue  # "Hier sind die Unterlagen", "hier sind Fotos": German capitalises its nouns; only people said
        if (
            name
            and weak
            and len(name.split()) == 1
            and fold(name) in _ordinary_words(_cue_language(cue))
            and not introduced
            and not _said_as_a_name(name, text, m.end())
        ):
            continue  # "It's Friday", "I'm Spanish"
        if (
            name
            and cue == "da ist"
            and not re.match(r"[^\S\n]*(?:[,.!:;\n]|$)", text[_end_of(name, text, m.end()) :])
        ):
            continue  # "Hallo, da ist die Dusche kaputt": German capitalises its nouns; a name ends its clause
        if (
            name
            and cue in ("da schreibt", "hier schreibt")
            and len(name.split()) < 2
            # (a capital too: "Servus, da schreibt der Hannes vom Skiclub 👋", "Grüß Gott, da schreibt die Resi 😊")
            and not _spoken_first_name(plain, m.end())
        ):
            continue  # "Da schreibt die Zeitung, ...": German capitalises its nouns; a full name writes
        if name and weak and re.search(r"['\u2019]s\b", name):
            # "Hi, I'm Rachel's mum", "I'm Mr Harlow's PA": whose relative or assistant the writer is, no name of theirs
            continue
        if name and fold(name.split()[0]) in _OWNERS:
            continue  # "ich bin die Inhaberin der Bäckerei nebenan", "I'm the owner of ...": a trade, no guest
        if name and re.search(r"\bbi(?: de)?$", cue) and fold(name.split()[0]) in _SPOKEN_ROLES:
            continue  # Swiss "i bi de Chef vo de Firma ...": who the writer is, no name
        if name and cue in ("c'est", "c est") and fold(name) in _SAID_OF_IT:
            continue  # "Non merci, c'est beau!", "c'est noté": what something is, no one's name
        said_of_it = (
            re.match(r"[^\S\n]+(?P<word>[^\W\d_]+)", text[_end_of(name, text, m.end()) :]) if name else None
        )
        if name and cue in ("c'est", "c est") and said_of_it and fold(said_of_it["word"]) in _SAID_OF_IT:
            continue  # Québec "Parfait, c'est ben correct 👍", "c'est vraiment beau": a word before what it is
        if name and fold(name.split()[0]) in _ROLES:
            role_of = _ROLE_OF.match(text, _end_of(name, text, m.end()))
            boss = _name_words(text[role_of.end() :], weak=True) if role_of else None
            if boss and len(boss.split()) >= 2 and not _wordy(boss):
                return boss  # "les escribe la secretaria de D. Arturo Gil": whom she writes for
            continue
        if name and weak and fold(name.split()[0]) in _WHAT_PEOPLE_ARE:
            continue  # "je suis Belge", "I'm Italian", "ich bin Vegetarierin"
        works_at = (
            next((at for at, word in enumerate(name.split()) if at >= 2 and fold(word) in _WORKS_AT), None)
            if name
            else None
        )
        company_after = (
            re.search(rf"[^\S\n]{re.escape(name.split()[works_at])}[^\S\n]", text[start:])
            if name and works_at
            else None
        )
        if (
            name
            and works_at
            and company_after
            and (_a_company(name) or _COMPANY_NAMED.match(text, start + company_after.end() - 1))
        ):
            # "ich bin Kerstin Albers von Hoffmann Logistik", "sono Marco Neri di Ferretti Impianti S.r.l.": where
            # the writer works
            name = " ".join(name.split()[:works_at])
        if name and (_is_place(name) or _COMPANY_NAMED.match(text, start) or _a_company(name)):
            # "ici Lyon Part-Dieu", "this is Grand Central Travel", "per conto della ditta Ferretti", "intestata a:
            # Ferretti Impianti S.r.l."
            continue
        if (
            name
            and cue in ("ici", "hier", "this is", "aqui", "qui")
            and len(name.split()) == 1
            and not introduced
            and not _PERSON_AFTER.match(text, _end_of(name, text, m.end()))
            and not _SAID_AGAIN.match(plain, _end_of(name, text, m.end()))
            and not _OWN_BOOKING.search(plain, m.end())
            and not _a_pair_named(text, _end_of(name, text, m.end()))
        ):
            # Where someone writes from is said by the same cue ("ici Annecy", "hier Freiburg", "this is Oxford
            # calling"): one word alone is a place as often as a name. A person has a surname, comes from a place
            # ("this is Hans from Munich", "aqui sonia de valencia") or has a booking ("ici Séverine, la résa 3390").
            continue
        after_name = text[_end_of(name, text, m.end()) :] if name else ""
        if name and len(name.split()) == 1 and name not in text and re.match(r"[^\S\n]*\d", after_name):
            continue  # "uma encomenda no meu nome dia 15": a word typed in lower case before a number is a day
        if name and bare_label and _wordy(name):
            continue  # "Guest Relations Team": a label's word in a team's name
        if (
            name
            and weak
            and all_lower
            and len(name.split()) == 1
            and re.match(r"[^\S\n]*\?", after_name)
            and not (plain[: m.start()].strip() and _OPENING.fullmatch(plain[: m.start()]))
        ):
            # (after a greeting it is the writer: "salut c'est julie ?")
            continue  # "c'est jouable ?", "c'est faisable ?": a word typed in lower case before a question mark
        if (
            name
            and cue in ("i'm", "i am", "im")
            and len(name.split()) == 1
            and re.match(r"[^\S\n]+(?:for|to|about|that|because|of|with|if|so|as)\b", after_name)
        ):
            continue  # "Hi, I'm Desperate for a late check-out": a word said with a capital, then what it is for
        if name and weak and re.match(r"[^\S\n]+(?:qui|who|que|che|quem|der|die)\b", after_name):
            continue  # "c'est Marc qui m'a donné votre adresse": someone else did something
        if name and cue == "hier":
            last = text.find(name.split()[-1], m.end()) + len(name.split()[-1])
            if (
                not re.match(r"[^\S\n]*(?:[,.!:;\n\u2013\u2014-]|$)", text[last:])
                and not re.match(rf"(?i)[^\S\n]+{_FROM_ROOM}", text[last:])
                and not _a_pair_named(text, last)
            ):
                continue  # "Moin, hier Jens Albers, ...", but French "Bonjour, hier Marie a réservé" (yesterday)
        if name and cue in (
            "aqui",
            "ici",
            "hier",
            "this is",
            "qui",
            "qui e",
            "aqui e",
            "aqui es",
            "le escribe",
            "les escribe",
            "te escribe",
            "os escribe",
            "vi scrive",
            "le scrive",
        ):
            parts = name.split()
            if (
                len(parts) >= 3
                and fold(parts[-2]) in {"de", "da", "di", "du", "do"}
                and fold(parts[-1]) in _PLACES
                # ("aquí Fernando Álvarez de Toledo": a patronymic and its place make one Spanish surname)
                and not re.search(r"[eiao]z$", fold(parts[-3]))
            ):
                name = " ".join(parts[:-2])  # "aquí Milagros Huamán de Lima": where she writes from
        if (
            name
            and len(name.split()) >= 3
            and fold(name.split()[-2]) in {"de", "da", "di", "du", "from", "aus"}
            and fold(name.split()[-1]) in _COUNTRIES
        ):
            name = " ".join(name.split()[:-2])  # "Yo soy Wang Lei de China": the country the guest comes from
        if name and len(name.split()) >= 3 and name.split()[-2] in ("di", "from", "aus"):
            # "sono Nicolò dell'Orto di Verona", "I'm Tom Baker from Leeds", "ich bin Jan Vogt aus Kiel": a town typed
            # after a full name (a surname's "Di" is capitalised; Spanish "de Toledo" may be the surname)
            name = " ".join(name.split()[:-2])
        if name and any(word in _FROM_A_PLACE for word in name.split()[1:-1]):
            # "sono Chiara dalla Sardegna", "sono Luca dal Trentino": Italian "from the" in lower case says where the
            # guest writes from, after a first name too (a surname's "Dalla" or "Dal" is capitalised)
            parts = name.split()
            name = " ".join(parts[: next(at for at in range(1, len(parts)) if parts[at] in _FROM_A_PLACE)])
        if name:
            again = (
                # (a "please" between: "auf den namen kowalski bitte, marta kowalski")
                re.match(
                    r"(?i)[^\S\n]*(?:(?:bitte|please|pls|por favor|porfa|per favore|s'il vous pla[iî]t|svp|stp)"
                    r"[^\S\n]*)?,[^\S\n]*",
                    text[_end_of(name, text, start) :],
                )
                if len(name.split()) == 1
                else None
            )
            # "soy Paco bueno Francisco Javier Lozano", "ich bin die Sabine also Sabine Krämer": the name put right
            corrected = _PUT_RIGHT.match(text, _end_of(name, text, start)) if len(name.split()) == 1 else None
            full = (
                _name_words(text[corrected.end() :], weak=not all_lower)
                if corrected
                else _name_words(text[_end_of(name, text, start) + again.end() :], weak=not all_lower)
                if again
                else None
            )
            if (
                full
                and len(full.split()) >= 2
                and (corrected or fold(name) in (fold(full.split()[0]), fold(full.split()[-1])))
                and not _wordy(full)
            ):
                name = full  # "I'm Bill, Bill Turner", "auf den Namen Kowalski, Marta Kowalski": the name said in full
            listed = _GIVEN_AFTER_COMMA.match(text, _end_of(name, text, start)) if ":" in m.group(0) else None
            if listed and len(name.split()) == 1 and not _wordy(listed["given"]):
                return f"{listed['given']} {name}"  # "Name: Özdemir, Ayşe": a form's surname, then the first name
            shared = (
                _SHARED_SURNAME.match(text, _end_of(name, text, start)) if len(name.split()) == 1 else None
            )
            if shared and not _wordy(shared["surname"].strip()):
                name = f"{name} {shared['surname'].strip()}"  # "Sono Andrea e Giulia Ferri": Andrea Ferri
            if len(name.split()) == 1:
                # "it's uh grace calling about the booking under grace okafor": the same name said in full later
                for later in _CUE.finditer(plain, m.end()):
                    full = _name_words(text[later.end() :], weak=not all_lower)
                    if (
                        full
                        and len(full.split()) > 1
                        and fold(full.split()[0]) == fold(name)
                        and not _wordy(full)
                    ):
                        name = full
                        break
            return _fuller(_with_surname(name, text, plain, after=m.end()), text)
    signed = (
        _surname_label_end(text)
        or _signature(text)
        or _introduced(text)
        or _greeted(text, typed_lower)
        or _beside_email(text)
        or _name_alone(text)
        or _booking_surname(text)
        or _we_the_family(text)
    )
    if signed and _a_company(signed):
        signed = None  # "Hello from CleanSweep Solutions!", "Reisebüro Sonnenschein, Abt. Gruppenreisen": a company
    two = _TWO_NAMED.search(text) if signed and len(signed.split()) == 1 else None
    if (
        two
        and two["surname"]
        and fold(two["first"]) == fold(signed or "")
        and not _wordy(two["surname"].strip())
    ):
        return (
            f"{two['first']}{two['surname']}"  # "wir (Jana & Tobias Lindqvist) ...\nLG Jana": her full name
        )
    initialled = re.fullmatch(r"(?P<initial>[A-Z])\. (?P<surname>\S+)", signed) if signed else None
    if signed and (len(signed.split()) == 1 or initialled):
        # "From: Priya Raghunathan <...>" over a letter signed "Priya" (or "Von: Hartmut Zeller" over "Gruß H.
        # Zeller"): the header's full name
        header = _FROM_HEADER.match(text)
        full = _name_words(header["name"], weak=True, whole=True) if header else None
        same = (
            initialled is not None
            and full is not None
            and full[0] == initialled["initial"]
            and fold(full.split()[-1]) == fold(initialled["surname"])
        ) or (full is not None and fold(full.split()[0]) == fold(signed or ""))
        if full and len(full.split()) > 1 and same and not _is_place(full):
            return full
    if signed:
        return signed
    if bare:
        stripped = text.strip().strip(".!")
        if 0 < len(stripped) <= 80 and not any(c.isdigit() or c in "@?" for c in stripped):
            return _name_words(_holder(stripped), weak=False, whole=True)
    return None


# A booking put in someone else's name (its holder changed): the verb, the booking, "to" and maybe whose name or the
# relation with a comma or a colon, then the new holder ("Vorrei intestare la prenotazione 30 552 a mia figlia, Giulia
# Ferri", "Intestate pure la prenotazione a Federica Galli", "Podem passar para o meu nome, Inês Carvalho Sampaio?",
# "change the booking to my husband, Tom Reed", "mettre la réservation à mon mari, Paul Girard").
_HOLDER_VERB = (
    r"intest\w*|passar|pasar|poner|p[oô]r|mettre|transf[eé]r\w*|trasferi\w*|change|put|transfer|switch|"
    r"umschreiben|[uü]bertragen|umbuchen|cambiar|mudar|alterar"
)
_HOLDER_RELATION = (
    r"(?:(?:o|a|la|il|el|the|le|l')[^\S\n]+)?(?:my|mi|mia|mio|ma|mon|meu|minha|meine[mnrs]?|our|notre|nostr[oa]|"
    r"nuestr[oa]|nossa|nosso|unsere[mnrs]?)[^\S\n]+[\w'\u2019-]+(?:[^\S\n]+name)?[^\S\n]*[,:][^\S\n]*"
)
_NEW_HOLDER = re.compile(
    rf"(?i:\b(?:{_HOLDER_VERB})\b[^.?!\n]{{0,40}}?\b(?:a|al|alla|to|into|para|pra|pro|à|au|auf|in)[^\S\n]+"
    rf"(?:{_HOLDER_RELATION})?)(?=[A-ZÀ-ÖØ-Þ])"
    # German puts the verb last: "die Reservierung bitte auf meinen Mann umschreiben: Florian Brandl"
    # ("auf sie umschreiben: Katharina Oberleitner", "auf meinen Bruder umschreiben kann: Stefan Vogt")
    r"|(?i:\bauf[^\S\n]+(?:(?:meine[mnrs]?|unsere[mnrs]?|seine[mnrs]?|ihre[mnrs]?|den|die)[^\S\n]+[\w-]+|sie|ihn)[^\S\n]+"
    r"(?:umschreiben|[uü]bertragen|umbuchen|(?:um)?[aä]ndern)(?:[^\S\n]+(?:lassen|kann|k[öo]nnen|k[öo]nnten|k[öo]nnte|"
    r"d[üu]rfen|w[üu]rden|m[öo]chte))?[^\S\n]*[:,][^\S\n]*)(?=[A-ZÀ-ÖØ-Þ])"
    # ("Bitte umschreiben auf: Anna Bergström")
    r"|(?i:\b(?:umschreiben|[uü]bertragen|umbuchen)[^\S\n]+auf[^\S\n]*:[^\S\n]*)(?=[A-ZÀ-ÖØ-Þ])"
)


# The writer writes for a relative ("le escribo de parte de mi madre", "I'm writing on behalf of my father", "je vous
# écris de la part de ma mère", "ich schreibe für meine Mutter"), read on `_plain` text ...
_ON_BEHALF_OF_KIN = re.compile(
    r"\b(?:de parte de|on behalf of|de la part de|da parte di|da parte de|em nome d[aeo]|im namen|f[uü]r|for|pour|per|para)"
    r"[^\S\n]+(?:mi|my|ma|mon|mia|mio|minha|meu|a minha|o meu|meine[nrs]?|la mia|il mio)[^\S\n]+"
    r"(?:madre|padre|abuela|abuelo|mother|father|mum|mom|dad|grandmother|grandfather|mere|pere|grand-mere|grand-pere|"
    r"madre|padre|nonna|nonno|mae|pai|avo|avó|mutter|vater|oma|opa|mamma|papa|mama)\b"
)
# ... and then says what they are called ("ella se llama encarnación lópez", "her name is Rose Hill", "elle s'appelle").
_CALLED = re.compile(
    r"\b(?:(?:ella|el|ela|ele)[^\S\n]+)?(?:se llama|se chama|chama-se|si chiama|s'appelle|heisst|heißt|"
    r"(?:she|he)(?:'s| is) called|(?:her|his) name is|su nombre es|o nome dela e|o nome dele e|il suo nome e|"
    r"son nom est|ihr name ist|sein name ist)[^\S\n]+"
)


# A booking put in the name of someone the writer speaks of, then their full name after a comma or a colon ("It'll be
# under his name, Jamie Rowe", "Die Buchung bitte auf seinen Namen: Felix Wagner", "a su nombre: Tomás Arrieta", "à son
# nom : Paul Girard", "a suo nome: Marco Neri", "no nome dele: João Lima"), read on `_plain` text ...
# ("under my dad's name, Alan Pritchard", "a nombre de ella, ...", "para o nome dela, Beatriz Salgado Lemos"; or "is
# called" instead of the comma: "pasarla a nombre de ella se llama Noelia Campos")
_THEIR_NAME = re.compile(
    r"\b(?:(?:under|in|on|a|al|au|a|auf|en|em|sous|sur)[^\S\n]+(?:his|her|their|su|son|sa|leur|seinen|ihren|suo|sua|loro)"
    r"[^\S\n]+(?:names?|nombres?|noms?|namen|nome)|(?:no|em|a|in|para o|pro)[^\S\n]+nome[^\S\n]+(?:dele|dela|deles|delas|suo|sua)|"
    r"(?:under|in|on)[^\S\n]+(?:my|our)[^\S\n]+[\w-]+'s[^\S\n]+name|(?:a|al|en)[^\S\n]+nombre[^\S\n]+de[^\S\n]+(?:ella|el|ellos|ellas))"
    r"(?:[^\S\n]+(?:please|bitte|por favor|s'il vous plait|per favore|por favor))?"
    # (or asked, the name said alone next: "Could you put it in their names? Roy and Sheila Tamaki.")
    r"(?:[^\S\n]*[,:?][^\S\n]*|[^\S\n]+(?:que[^\S\n]+)?(?:se llaman?|se chamam?|s'appellent|s'appelle|si chiamano|si chiama|"
    r"(?:she|he)(?:'s| is) called)[^\S\n]+)"
)
# ... or the booking put in someone's name in a question or sentence, then who they are in the next one ("Could you put
# the booking in my daughter's name instead? She's Lucy Brennan", "¿La pueden pasar a su nombre? Se llama Tomás
# Arrieta.", "Ils s'appellent Gilles et Monique Tremblay" after a room for the writer's parents).
_THEY_ARE_CALLED = re.compile(
    r"(?:^|[.?!:][^\S\n]+|\n)(?:(?:she|he)(?:'s| is)(?: called)?|(?:her|his|their) names? (?:is|are)|they(?:'re| are) called|"
    r"(?:ella |el |ellos |ellas )?se llaman?|(?:ela |ele |eles |elas )?(?:se )?chamam?(?:-se)?|"
    r"(?:elle |il |ils |elles )?s'appellent|(?:elle |il )s'appelle|(?:sie |er )?(?:hei(?:ss|ß)t|heisse[dn]|hei(?:ss|ß)en)|"
    r"si chiamano|(?:lei |lui )?si chiama)[^\S\n]+"
)
_SOMEONE_ELSES_NAME = re.compile(
    r"\b(?:(?:in|under|on)[^\S\n]+(?:my|our|his|her|their)[^\S\n]+(?:[\w-]+(?:'s|\u2019s)[^\S\n]+)?names?|"
    r"a[^\S\n]+(?:su|nombre de su)[^\S\n]+(?:nombre|\w+)|au nom de (?:mon|ma|mes|notre|nos)|a nome d[ie]|"
    # ("a nombre de mi marido", "para o nome da minha mulher", "auf den Namen meiner Frau")
    r"a nombre de (?:mi|mis|nuestr[oa]s?)|(?:no|para o|pro|em) nome d[oa]|auf (?:seinen|ihren)[^\S\n]+namen|"
    r"auf den namen (?:meine[rs]|unsere[rs])|"
    # (someone coming in the writer's place: "c'est ma collègue qui viendra à ma place. Elle s'appelle ...")
    rf"{_IN_MY_PLACE_WORDS}|"
    r"for (?:my|our) (?:parents|mum|mom|dad|mother|father|son|daughter|brother|sister|grandparents)|"
    r"para (?:mis|mi|nuestros) (?:padres|madre|padre|hijo|hija|hermano|hermana|abuelos)|"
    r"pour (?:mes|ma|mon|nos) (?:parents|mere|pere|fils|fille|frere|soeur|grands-parents)|"
    r"f(?:u|ue)r (?:meine|mini|unsere|unsre) (?:eltern|eltere|mutter|mueter|vater|tochter|schwester|grosseltern)|"
    r"f(?:u|ue)r (?:meinen|unseren) (?:sohn|bruder|vater)|"
    r"per (?:i miei|mia|mio|i nostri) (?:genitori|madre|padre|figlio|figlia|fratello|sorella|nonni)|"
    r"para (?:os meus|a minha|o meu|meus|minha|meu) (?:pais|mae|pai|filho|filha|irmao|irma|avos))\b"
)


# ... or the booking's holder changed to a relative ("auf meine Frau umschreiben", "intestare la prenotazione a mio
# fratello", "change the booking to my brother", "passer la réservation à ma fille"), said as called later.
_HOLDER_TO_KIN = re.compile(
    rf"\b(?:(?:{_HOLDER_VERB})\b[^.?!\n]{{0,60}}?\b(?:a|al|alla|allo|to|para|pra|pro|au|auf|in)[^\S\n]+"
    r"(?:(?:o|a|la|il|the)[^\S\n]+)?(?:my|mi|mia|mio|ma|mon|meu|minha|meine[mnrs]?|our|notre|nostr[oa]|nuestr[oa]|nossa|"
    r"nosso|unsere[mnrs]?)[^\S\n]+[\w-]+|auf[^\S\n]+(?:meine[mnrs]?|unsere[mnrs]?)[^\S\n]+[\w-]+[^\S\n]+"
    r"(?:umschreiben|[uü]bertragen|umbuchen))\b"
)


def _named_for_someone(text: str, plain: str) -> str | None:
    """The full name of whom the booking is in the name of or for, said after "his name," or as who they are ("She's
    Lucy Brennan", "Se llama Tomás Arrieta"); a couple's, the first one with the surname they share ("Ils
    s'appellent Gilles et Monique Tremblay" = Gilles Tremblay)."""
    if not (_BOOKING_WORD.search(plain) or _ROOM_WORD.search(plain) or _ROOM_REQUEST.search(plain)):
        return None
    spans = [m.end() for m in _THEIR_NAME.finditer(plain)]
    if _SOMEONE_ELSES_NAME.search(plain) or _HOLDER_TO_KIN.search(plain):
        spans += [m.end() for m in _THEY_ARE_CALLED.finditer(plain)]
    for start in spans:
        couple = re.match(
            # (Québec "pis" for "and": "à leur nom, Réjean pis Lise Gauthier")
            r"(?P<first>[A-ZÀ-ÖØ-Þ][\w'-]+)[^\S\n]+(?:and|y|e|et|pis|und|&)[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'-]+"
            r"(?P<surname>(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'-]+)+)",
            text[start:],
        )
        if couple and not _wordy(couple["surname"].strip()) and not _wordy(couple["first"]):
            return f"{couple['first']}{couple['surname']}"
        name = _name_words(text[start:], weak=True)
        if name and len(name.split()) >= 2 and not _wordy(name) and not _a_company(name):
            return name
    return None


def _kin_written_for(text: str, plain: str) -> str | None:
    """The full name of the relative the writer writes for, said with "is called" after them ("le escribo de parte de
    mi madre ... ella se llama encarnación lópez")."""
    behalf = _ON_BEHALF_OF_KIN.search(plain)
    called = _CALLED.search(plain, behalf.end()) if behalf else None
    if not called:
        return None
    name = _name_words(text[called.end() :], weak=any(c.isupper() for c in text[1:]))
    return name if name and len(name.split()) >= 2 and not _wordy(name) else None


def _new_holder(text: str, plain: str) -> str | None:
    """The full name a booking is put in ("Intestate pure la prenotazione a Federica Galli"): the guest from now on."""
    if not (_BOOKING_WORD.search(plain) or re.search(r"(?i)\bintest", text)):
        return None
    for m in _NEW_HOLDER.finditer(text):
        # ("put booking 4471 in Tom Reed's name": the name, not its possessive)
        name = re.sub(r"['\u2019]s$", "", _name_words(text[m.end() :], weak=True) or "")
        if (
            name
            and len(name.split()) >= 2
            and not _wordy(name)
            and not _COMPANY_NAMED.match(text, m.end())
            and not _a_company(name)
        ):
            return name
    return None


# Form fields ("Apellidos: García López / Nombre: Lucía", "Nom : Dupont / Prénom : Jean", "Name: Müller,
# Vorname: Anna"), read on `_plain` text. "Name"/"Nom"/"Nombre"/"Nome" is the first name, unless a first-name
# field is also there (then it is the surname: "Nom" beside "Prénom", "Name" beside "Vorname").
_GIVEN_FIELD = r"first name|given names?|forename|christian name|prenoms?|vorname|primer nombre|nome proprio|nombre de pila"
_SURNAME_FIELD = r"surname|last name|family name|apellidos?|nom de famille|nachname|familienname|cognome|sobrenome|apelidos?"
_FORM_FIELD = re.compile(
    # (or after a sentence: "Je confirme la chambre. Nom : Delcourt / Prénom : Hélène")
    rf"(?m)(?:^|[,;|/][^\S\n]*|[.!][^\S\n]+)[^\S\n]*(?P<label>{_GIVEN_FIELD}|{_SURNAME_FIELD}|name|nom|nombre|nome)[^\S\n]*:[^\S\n]*"
    r"(?P<value>[^\n,;|/]{1,60})"
)


# Someone a writer books for at work ("a nombre de mi jefe", "for our client", "per il nostro tecnico", "für unseren
# Kunden"): the guest is not who writes.
_WORK_RELATION = re.compile(
    r"(?i)\b(?:mi|my|our|mon|ma|notre|nos|nuestr[oa]s?|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|meu|minha|nosso|nossa|"
    r"mio|mia|nostr[oa]|meines|meiner)[^\S\n]+(?:jef[ea]|boss|chef(?:in)?s?|capo|chefe|director[a]?|directeur|directrice|direttore|"
    r"direttrice|diretor[a]?|ceo|manager|gerente|superior|vorgesetzte[rn]?|responsabile|titolare|patr[oó]n|patronne|"
    r"client[ea]?s?|kund(?:e|in|en)|colleague|coll[eè]gue|colega|collega|kolleg(?:e|in|en)|employee|empleado|"
    r"empleada|dipendente|mitarbeiter(?:in)?|t[eé]cnic[oa]|technician|techniker(?:in)?|guests?|hu[ée]sped|ospite|"
    r"h[óo]spede|gast)\b"
    # ("a nombre del Lic. Rodrigo Anaya Treviño, director general de nuestra empresa": someone of the company's)
    r"|\b(?:de|of|della|di|da|der|de la)[^\S\n]+(?:nuestra|our|nostra|la nostra|nossa|a nossa|notre|unserer)[^\S\n]+"
    r"(?:empresa|company|azienda|societ[aà]|soci[ée]t[ée]|firma)\b"
)


def writers_own_address(text: str, address: str) -> bool:
    """Whether `address` is the writer's own where the booking is plainly for someone else they name at work ("a
    nombre de mi jefe, el Dr. Hernán Darío Restrepo ... Carolina Zapata\nAsistente de Gerencia\n
    carolina.zapata@..."): the assistant's address is not the guest's. The address must carry the signer's name,
    not the guest's."""
    if not _WORK_RELATION.search(text) or _WRITER_STAYS_TOO.search(text):
        return False
    guest = extract_guest_name(text)
    signer = _signature(_without_device_lines(text))
    if not guest or not signer or fold(signer) == fold(guest):
        return False
    user = fold(address.split("@")[0])
    signer_said = any(len(w) >= 3 and fold(w) in user for w in signer.split())
    guest_said = any(len(w) >= 3 and fold(w) in user for w in guest.split() if fold(w) not in _PARTICLES)
    # ("Maite Olabarria\nDepartamento de Compras\ncompras@talleresarriaga.es": the department's address is the writer's)
    department = any(part in _NOT_NAMES for part in re.split(r"[._+-]", user) if len(part) >= 4)
    return (signer_said or department) and not guest_said


def _form_name(text: str, plain: str) -> str | None:
    """The name of a form typed into a message: its first-name and surname fields joined, in that order."""
    given: str | None = None
    surname: str | None = None
    plain_given: str | None = None
    fields = list(_FORM_FIELD.finditer(plain))
    has_given_field = any(re.fullmatch(_GIVEN_FIELD, f["label"]) for f in fields)
    for field in fields:
        value = _name_words(text[field.start("value") : field.end("value")], weak=False, limit=4)
        if not value:
            continue
        label = field["label"]
        if re.fullmatch(_SURNAME_FIELD, label) or (not re.fullmatch(_GIVEN_FIELD, label) and has_given_field):
            surname = surname or value
        elif re.fullmatch(_GIVEN_FIELD, label):
            given = given or value
        else:
            plain_given = plain_given or value
    given = given or plain_given
    if given and surname:
        return given if fold(surname) in fold(given) else f"{given} {surname}"
    return None


def _fuller(name: str, text: str) -> str:
    """ "au nom de Mme Lefèvre ... Cordialement, Sophie Lefèvre": the signature's fuller form of the same name."""
    signed = _signature(text)
    if signed and len(signed.split()) > len(name.split()):
        words = {fold(w) for w in signed.split()}
        if all(fold(w) in words for w in name.split()):
            return signed
    return name


def _with_surname(name: str, text: str, plain: str, *, after: int) -> str:
    """ "me llamo Juan y mi apellido es García": Juan García ("me llamo jose luis y mi apellido es del pino":
    Jose Luis del Pino)."""
    said = _SURNAME.search(plain, after)
    if not said or len(name.split()) > 2:
        return name
    # A surname's particle typed in lower case opens it ("del pino", "de la vega").
    particle = re.match(
        r"(?:(?:de|del|la|las|los|da|do|dos|das|di|della|van|von|du|le)\s+)+", text[said.end() :]
    )
    start = said.end() + (particle.end() if particle else 0)
    surname = _name_words(text[start:], weak=False, limit=2)
    if not surname or fold(surname) in fold(name):
        return name
    # "me llamo María, mi apellido es difícil": a lower-case word in a message with capitals is no surname.
    typed = text[start:].lstrip()[:1]  # (after its particle: "mi apellido es de la Torre")
    if typed.islower() and any(c.isupper() for c in text[1:]):
        return name
    if name[:1].isupper() != surname[:1].isupper():
        return name
    return f"{name} {particle.group(0).lower() if particle else ''}{surname}"


# A forwarded or pasted mail's header opening the message: "De: Carlos Ruiz\nAsunto: ...", "From: Anna Berg <...>".
_FROM_HEADER = re.compile(
    r"\A\s*(?i:from|de|von|da|exp[ée]diteur|remetente|absender|mittente)[^\S\n]*:[^\S\n]*"
    r"(?P<name>[^\n<]+?)[^\S\n]*(?:<[^>\n]*>)?[^\S\n]*$",
    re.MULTILINE,
)


def _introduced(text: str) -> str | None:
    """ "Mark here", "Mr and Mrs Patel", "Sra. López": a name said without an introduction."""
    header = _FROM_HEADER.match(text)
    if header:
        # The header says it is a name: only places, companies and departments are not ("From: Reservas")
        name = _name_words(header["name"], weak=True, whole=True)
        if name and not _is_place(name) and fold(name.split()[0]) not in _NOT_NAMES:
            return name
    family_greeting = _FROM_FAMILY.match(text)
    if family_greeting:
        surname = family_greeting["name"] or family_greeting["en"]
        if not _wordy(surname):
            return surname
    here = _HERE.search(text)
    said = here["name"] if here else ""
    greeting = re.match(rf"(?i:(?:{_GREETINGS})\b)[^\S\n]+", _plain(said)) if here else None
    if here and greeting:
        said = said[greeting.end() :]  # "Hi Angel here": the greeting is no part of the name
    if here and said and (not _wordy(said) or _said_here(said, text, here)):
        # "Sam and Alex Taylor here": the first one named, with the surname
        return _name_words(_holder(said), weak=True, whole=True)
    bracketed = _SELF_BRACKETED.search(text)
    if bracketed:
        name = _name_words(bracketed["name"], weak=True, whole=True)
        if name and not _wordy(name) and fold(name) not in _KIN:
            return name
    from_booking = _FROM_BOOKING.search(text)
    if from_booking and not _wordy(from_booking["name"]):
        return _name_words(from_booking["name"], weak=True, whole=True)
    booker = _BOOKER.search(text)
    if booker and not _wordy(booker["name"]) and not _TITLE.match(booker["name"]):
        return _name_words(booker["name"], weak=True, whole=True)
    we_couple = _WE_COUPLE.search(text)
    if we_couple and not _wordy(we_couple["name"]):
        return we_couple["name"]
    two = _TWO_NAMED.search(text)
    if two and {fold(two["first"]), fold(two["second"])} & _TITLE_WORDS:
        two = None  # "Reservation for Mr and Mrs Patel": titles, read below
    if two and two["surname"] and not _wordy(f"{two['first']}{two['surname']}"):
        return f"{two['first']}{two['surname']}"
    if two and not two["surname"] and _two_names(two["first"], two["second"]):
        return two["first"]
    inverted = _NAME_FIRST.search(text)
    if inverted and not _wordy(inverted["name"]):
        return _name_words(inverted["name"], weak=True, whole=True)
    family = _FAMILY.search(text)
    if family and not _wordy(family["name"]):
        return family["name"]
    couple = _COUPLE_OPENING.search(text)
    if couple and {fold(couple["first"]), fold(couple["second"])} & _TITLE_WORDS:
        couple = None  # "Reservation: Mr & Mrs Amadi": titles, read below
    if (
        couple
        and not any(_wordy(couple[part]) for part in ("first", "second"))
        and not _wordy(couple["surname"])
    ):
        return f"{couple['first']}{couple['surname']}"
    to_me = _TO_ME.search(text)
    if to_me:
        name = _name_words(text[to_me.end() :], weak=True)
        if name and len(name.split()) >= 2 and not _wordy(name):
            return name
    booked = _BOOKED_FOR.search(text)
    if booked:
        name = _name_words(text[booked.end() :], weak=True)
        asked_about = _ASKED_ABOUT_BEFORE.search(
            _plain(text[max(0, booked.start() - 30) : booked.end()])
        ) and (re.match(r"[^.!\n]*\?", text[_end_of(name, text, booked.end()) :]) if name else None)
        if name and len(name.split()) >= 2 and not _wordy(name) and not asked_about:
            return name  # (not "Qual é o quarto do Sr. Eduardo Lima?": another guest asked about)
    for m in _TITLE_CUE.finditer(text):
        if _ADDRESSED.search(_plain(text[max(0, m.start() - 30) : m.start()])):
            continue  # "Dear Mr. Brown,", "Sehr geehrter Herr Maier": the one written to
        name = _name_words(text[m.end() :], weak=True)
        if name and _SOMEONE_ELSE.match(_plain(text[_end_of(name, text, m.end()) :])):
            continue  # "Frau Becker an der Rezeption hat gesagt...", "Mr Jones told me...": the staff, not the guest
        before = _plain(text[max(0, m.start() - 60) : m.start()])
        if _STAFF_BEFORE.search(before):
            continue  # "Votre réceptionniste, Mme Garnier", "Ihr Koch, Herr Brenner", "Ihrer Kollegin Frau Yilmaz"
        if _PUT_THROUGH_BEFORE.search(before) or (
            name
            and _TALK_WITH_BEFORE.search(before)
            and _TALK_AFTER.match(_plain(text[_end_of(name, text, m.end()) :]))
        ):
            continue  # "Verbinden Sie mich bitte mit Frau Schuster", "Könnte ich mit Herrn Albrecht sprechen?": staff
        if _THANKED_BEFORE.search(before):
            continue  # "Ein herzliches Dankeschön an Frau Weber vom Zimmerservice", "Agradeço ao Sr. Manuel": staff
        if _ASKED_ABOUT_BEFORE.search(before) or (
            name
            and (
                _ASKED_ABOUT_AFTER.match(_plain(text[_end_of(name, text, m.end()) :]))
                or _THEIR_ROOM_ASKED.search(_plain(text[_end_of(name, text, m.end()) :][:200]))
            )
        ):
            continue  # "dans quelle chambre dort M. Gaillard", "ob Frau Dr. Roth schon eingecheckt hat": another guest
        if name:
            return name
    return None


# "Hello from the Wojciechowski family!", "Hallo von Familie Nowak aus Linz!", "Un saluto dalla famiglia Brambilla!",
# "Oi, da parte da família Yamamoto:": a family greeting as it opens the message; its surname is the name.
_FROM_FAMILY = re.compile(
    rf"(?i:^\W*(?:(?:{_GREETINGS}|saludos|un saluto|greetings|gr(?:ü|ue)(?:ß|ss)e|sauda(?:ç|c)(?:õ|o)es|salutations)\W*){{0,2}}"
    r"(?:from|von|de la part de|de parte de|da parte d[ao]|de|dalla|della|da)[^\S\n]+(?:the[^\S\n]+|la[^\S\n]+|der[^\S\n]+)?)"
    r"(?:(?i:familie|famille|familia|famiglia|fam[ií]lia)[^\S\n]+(?P<name>[A-ZÀ-Ö][\w'-]+)|"
    r"(?P<en>[A-ZÀ-Ö][\w'-]+)[^\S\n]+(?i:family)\b)"
)
# "ich (Lena) und mein Freund", "moi (Claire) et ma sœur": the writer's name in brackets after "I".
_SELF_BRACKETED = re.compile(
    r"(?i:\b(?:ich|yo|je|moi|eu|io|I)[^\S\n]*\()[^\S\n]*(?P<name>[A-ZÀ-Ö][\w'-]+(?:[^\S\n]+[A-ZÀ-Ö][\w'-]+){0,2})[^\S\n]*\)"
)
# Who someone is in the family ("ich (Oma) mit zwei Enkelkindern"): no name.
_KIN = _words(
    """
    oma opa mama papa mami papi mutti vati mutter vater mum mom dad mummy daddy granny grandma grandpa nan
    abuela abuelo mama papa madre padre mamma nonna nonno mere pere mamie papi mae pai avo mamae papai
    """
)
# "siamo i signori Colombo", "somos los señores Olmos", "wir sind die Eheleute Brandt": a married couple by its surname.
_WE_COUPLE = re.compile(
    r"(?i:\b(?:siamo|somos|wir sind|nous sommes|we are|we're)[^\S\n]+(?:i|los|les|die|os|the)[^\S\n]+"
    r"(?:signori|coniugi|se[ñn]ores|senhores|[ée]poux|eheleute)[^\S\n]+)"
    r"(?P<name>[A-ZÀ-Ö][\w'-]+(?:[^\S\n]+(?:de|da|di|del|van|von|dos|das|le|la)[^\S\n]+[A-ZÀ-Ö][\w'-]+)?)"
)


# A German noun's ending ("zeitung", "rezeption", "gemeinschaft"): no first name.
_GERMAN_NOUN_END = re.compile(r"(?:ung|ion|heit|keit|schaft|tat|ei)$")


def _spoken_first_name(plain: str, at: int) -> bool:
    """Typed in lower case, "da schreibt der ferdl i bräucht ...": the spoken article and a first name, which German
    writes with a capital and its nouns too; in lower case a word no sentence of ours writes and no noun's ending."""
    spoken = re.match(r"[^\S\n]*(?:der|die|d')[^\S\n]*(?P<word>[a-z]{3,})\b", plain[at:])
    word = spoken["word"] if spoken else ""
    if not word or word in _ordinary_words() or word in _calendar_words():
        return False
    return not (word in _SPOKEN_ROLES | _KIN | _ROLES | _OWNERS or _GERMAN_NOUN_END.search(word))


# "this is Priya and Dan - ...", "ici Léa et Tom, ...", "hier Lena und Tim, ...": a second first name after the one said,
# ending its clause.
_PAIR_AFTER = re.compile(
    r"[^\S\n]+(?:and|y|e|et|und|&)[^\S\n]+(?P<second>[A-ZÀ-Ö][\w'-]+)(?=[^\S\n]*(?:[,.!;:\n\u2013\u2014-]|$))"
)


def _a_pair_named(text: str, end: int) -> bool:
    """Whether the word before `end` is the first of two people named ("this is Priya and Dan"): a place is one word
    ("this is Oxford calling"), a couple two first names."""
    pair = _PAIR_AFTER.match(text, end)
    return (
        pair is not None and not _is_place(pair["second"]) and fold(pair["second"]) not in _ordinary_words()
    )


def _two_names(first: str, second: str) -> bool:
    """Two capitalised words said as two people ("somos Sol y Martín"): a first name that is also a word is a name
    beside one that is none; never a weekday, a stop word or a place ("Friday and Saturday", "Happy and Grateful")."""
    words = (first, second)
    never = _calendar_words() | _STOP | _NOT_NAMES | _WHAT_PEOPLE_ARE
    if any(fold(w) in never or _is_place(w) for w in words):
        return False
    return not (_wordy(first) and _wordy(second))


def _said_here(name: str, text: str, here: re.Match[str]) -> bool:
    """A name that is also a word said before "here" or on the phone, after the opening greeting alone ("Hi, Hope
    here.", "Bonjour, Nicolas Python à l'appareil"): a first name that is a word, or a surname that is one."""
    words = [fold(w) for w in name.split()]
    if _is_place(name) or words[0] in _calendar_words() | _STOP | _NOT_NAMES | _WHAT_PEOPLE_ARE:
        return False
    if any(w.endswith("ing") for w in words):
        return False  # "Breakfast here is great", "its raining here"
    if len(words) == 1 and not re.match(
        r"[^\S\n]*(?:here|hier|ici|qui|aqu[ií])[^\S\n]*(?:[,.!\n]|$|[\u2600-\u27bf\U0001f000-\U0001faff])",
        text[text.find(name, here.start("name")) + len(name) :],
    ):
        return False
    before = text[: text.find(name, here.start("name"))]
    said_first = not before.strip() and re.match(
        r"[^\S\n]*(?:here|hier|ici|qui|aqu[ií])[^\S\n]*(?:[,!\n]|[\u2600-\u27bf\U0001f000-\U0001faff])",
        text[len(before) + len(name) :],
    )
    if said_first and len(words) == 1:
        return True  # "Will here 👋 quick one: ...", "Grace here, ...": the writer says who opens the message
    return (
        bool(before.strip())
        and _OPENING.fullmatch(_plain(before)) is not None
        and (len(words) == 1 or words[0] not in _ordinary_words())
    )


def _end_of(name: str, text: str, start: int) -> int:
    """Where `name`, found from `start`, ends in `text` (its last word's end)."""
    last = name.split()[-1].lower()  # (a name typed in lower case comes back capitalised)
    at = text.lower().find(last, start)
    return at + len(last) if at >= 0 else start


def _greeted(text: str, all_lower: bool) -> str | None:
    """ "Hey there! James Smith, ...", "hi anna here": a name right after the greeting that opens a message."""
    ordinary = _ordinary_words()
    if all_lower:
        here = _HERE_LOWER.match(_plain(text))
        if (
            here
            and not any(fold(w) in ordinary or w.endswith("ing") for w in here["name"].split())
            # ("moin hier schreibt der chef", "servus hier ist der tom": the greeting, then German "hier")
            and not re.fullmatch(rf"(?:{_GREETINGS})", here["name"].split()[0])
        ):
            return _name_words(text[here.start("name") : here.end("name")], weak=False, whole=True)
        return None
    two = _GREETED_FROM_TWO.match(text)
    if two and _two_names(two["first"], two["second"]):
        return two["first"]
    greeted = _GREETED.match(text)
    if greeted and greeted["stop"] and greeted.start("name") == len(text) - len(text.lstrip()):
        return None  # a sentence with no greeting before it ("Grand Hotel Central. Is...") is no introduction
    if (
        greeted
        and greeted["alone"] is not None
        and (
            greeted.start("name") == len(text) - len(text.lstrip())  # (read by `_name_alone`)
            or _is_place(greeted["name"])
            or not _every_word_a_name(greeted["name"])
        )
    ):
        # after a greeting, only a name whose every word is a name's: "Buenas noches! Hasta Mañana." is none
        return None
    if greeted and _TITLE.match(greeted["name"]):
        return None  # "Bonjour Monsieur Lambert,", "Hallo Frau Meier,": the one written to
    if greeted and _THANKED_AFTER.match(text, greeted.end("name")):
        return None  # "Bonjour Julie Martin, merci pour votre retour": the one thanked, not the writer
    if greeted and re.match(rf"(?:{_GREETINGS})\b", _plain(greeted["name"])):
        return None  # "Dear Sir\n...", "Hello Everyone,": the greeting itself
    if greeted and _DEAR.search(_plain(text[: greeted.start("name")])):
        return None  # "Dear John Smith, ...": the one written to ("Hello Anna Berg, ..." may be the writer)
    opens = greeted is not None and greeted.start("name") == len(text) - len(text.lstrip())
    if greeted and opens and any(fold(w) in ordinary for w in greeted["name"].split()):
        return None  # no greeting before it: every word a name's ("Late Checkout, is it possible?" is none)
    after = text[greeted.end("name") :].lstrip(" ,\u2013\u2014-") if greeted else ""
    if (
        greeted
        and opens
        and re.match(r"[^.!?\n]*\?", after)
        # (a person: initials, or their booking after the name: "Ma. José Ruiz, reserva 44310: ¿...?")
        and not re.match(r"(?:[A-Z]|Ma)\.", greeted["name"])
        and not _BOOKING_WORD.match(_plain(after))
    ):
        return (
            None  # ... and no question about it ("Torre Eiffel, c'est loin ?", "Costa Brava, ¿tenéis sitio?")
        )
    if greeted and _BOOKING_WORD.fullmatch(fold(greeted["name"].split()[0])):
        return (
            None  # "Buchung Huber, Anreise Freitag.": a booking and its surname (German capitalises the noun)
        )
    if greeted and fold(greeted["name"].split()[0]) in _POSSESSIVES:
        return None  # "Hallo! Mein Mann, ich, unsere zwei Jungs...": the party, no name
    if greeted and (not _wordy(greeted["name"]) or _long_name(greeted["name"])):
        return _name_words(greeted["name"], weak=True, whole=True)
    return None


def _every_word_a_name(name: str) -> bool:
    """No word of `name` is an ordinary word, but a surname's particle inside it ("Francesca Lo Bianco")."""
    words = name.split()
    ordinary = _ordinary_words()
    # ("Henrique Castro e Almeida": Portuguese surnames joined by "e"; "Ciarán Ó Súilleabháin": the Irish "Ó")
    return not any(
        fold(w) in ordinary
        and not (0 < i < len(words) - 1 and (fold(w) in _PARTICLES | {"lo", "e"} or w == "Ó"))
        and not _accented_english(w)
        for i, w in enumerate(words)
    )


def _accented_english(word: str) -> bool:
    """A word typed with an accent that is ordinary only as an English word ("Patrícia Góes" is no "goes")."""
    if word.isascii() or fold(word) == word.lower():
        return False
    return not any(fold(word) in _ordinary_words(lang) for lang in _LANGUAGES if lang != "en")


def _name_alone(text: str) -> str | None:
    """A full name on a line of its own opening the message ("Carlos Pérez Villanueva\n\n¿Tienen cuna?") or
    as the whole message, or one name after a dash ("— Ana"): who writes, said before anything else."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines or re.match(rf"\W*(?:{_GREETINGS})\b", _plain(lines[0])):
        return None  # "Buenos Días", "Dear Sir"
    if len(lines) == 1 and re.fullmatch(r"[a-zß-öø-ÿ' -]+", lines[0]):
        # "mariana lopes de oliveira": a full name typed in lower case as the whole message (three words or more
        # besides particles, none a word of any language's sentences, nor a place: "vengo da sola" is none)
        typed = [w for w in lines[0].split() if w not in _PARTICLES]
        name = _name_words(lines[0], weak=False, whole=True)
        if (
            name
            and 3 <= len(typed) <= 5
            and len(typed) == len([w for w in name.split() if fold(w) not in _PARTICLES])
            and all(len(w) >= 3 and re.search(r"[aeiouyà-ÿ]", w) for w in typed)
            and not _is_place(name)
            and not any(fold(w) in _ordinary_words(lang) for w in typed for lang in ("", *_LANGUAGES))
        ):
            return name
    dashed = re.match(r"[-\u2013\u2014~]+\s*", lines[0])
    line = lines[0][dashed.end() :] if dashed else lines[0]
    if not re.fullmatch(r"[^\W\d_][\w'.\u2019 -]*", line):
        return None  # "Cher M. Dupont, avez-vous...", "Fri ➡️ Sun": more than a name on the line
    name = _name_words(line, weak=True, whole=True)
    if not name or _wordy(name) or any(fold(w) in _ordinary_words() for w in name.split()):
        return None
    return name if len(name.split()) >= 2 or (dashed and len(lines) == 1) else None


# "Asunto: Reserva Pérez", "Booking Huang - what time...", "Hola, reserva Fernández, ¿...?": a booking word opening
# the message (after a subject label or a greeting) and one surname, then a dash, a comma, a colon or the line's end.
_BOOKING_SURNAME = re.compile(  # read on `_plain` text
    rf"^\W*(?:(?:subject|asunto|objet|betreff|oggetto|assunto|re|aw|fw|fwd|wg)[^\S\n]*:[^\S\n]*)?"
    rf"(?:(?:{_GREETINGS})[!,.]*\s+)?"
    r"(?:booking|reservation|reserva|reservacion|resa|buchung|reservierung|prenotazione)[^\S\n]+"
)
# After a booking word, words about the booking itself (German nouns are capitalised and so never "ordinary").
_ABOUT_BOOKING = re.compile(
    r"\w*(?:zimmer|suite|room|enquiry|inquiry|request|anfrage|anfragen|confirm\w*|bestatigung|cancel\w*|anul\w*|"
    r"annul\w*|storn\w*|modif\w*|anderung|change|cambio|wellness|spa|gruppe|group|grupo|gruppo|konferenz|"
    r"confirmada|confirmado|cancelada|cancelado|pagada|pagado|pendiente|urgente|urgent|dringend|online|web|nr|no)"
)
_SURNAME_ENDS = re.compile(r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+)[^\S\n]*(?:[,:\u2013\u2014-]|\n|$)")


# "We're the Nakamuras", "Nous sommes les Nguyen", "somos los Herrera": a family by its surname (German capitalises
# every noun: "wir sind die Eltern" is left out).
_WE_THE = re.compile(
    r"\b(?:(?P<en>we'?re|we are)|(?P<for>(?:reservation|booking|room|rooms|table) for)|nous sommes|on est|somos|siamo)"
    r"[^\S\n]+(?:the|les|los|die|i|os)[^\S\n]+"
)
_FAMILY_NAME = re.compile(
    # (not whose they are: "nous sommes les Parents de Léa")
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+)(?![\w'-])(?![^\S\n]+[A-ZÀ-ÖØ-Þ])(?![^\S\n]+(?i:de|du|des|of|di|del|da|do)\b)"
)


_FAMILY_AFTER = re.compile(r"[^\S\n]+(?i:family)\b")


def _we_the_family(text: str) -> str | None:
    """The surname a family says it is (English gives it in the plural: "the Nakamuras" = Nakamura); never an
    ordinary word ("nous sommes les Parents")."""
    for m in _WE_THE.finditer(_plain(text)):
        found = _FAMILY_NAME.match(text, m.end())
        if not found:
            continue
        name = found["name"]
        if m["for"] and not name.endswith("s"):
            continue  # "a room for the Deluxe": only a family in the plural ("Reservation for the Hendersons")
        # (not said before "family": "We're the Jones family" is Jones)
        if (m["en"] or m["for"]) and name.endswith("s") and not _FAMILY_AFTER.match(text, found.end()):
            name = name[:-2] if re.search(r"(?:s|z|x|ch|sh)es$", name) else name[:-1]
        if fold(name) in _ordinary_words() or fold(found["name"]) in _ordinary_words() or _is_place(name):
            continue
        return name
    return None


# "...si può cambiare con una tripla? Prenotazione Gallo.", "..., Name Hartmann. Danke!", "Cognome Barbieri": a booking
# word or a name label, then one surname ending the message (maybe before thanks). Read on `_plain` text.
_SURNAME_LABEL_END = re.compile(
    r"(?:^|[.!?,;:\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f]?[^\S\n]+|\n[^\S\n]*)(?:booking|reservation|reserva|"
    r"reservation|resa|buchung|reservierung|prenotazione|name|nombre|nom|nome|cognome|apellidos?|surname|last name|"
    r"nachname|sobrenome|apelido)[^\S\n]+(?=[A-Za-z])"
)
_SURNAME_THEN_END = re.compile(
    rf"(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+)[^\S\n]*(?:[.!]+[^\S\n]*(?i:(?:{_THANKS})[.!]*)?)?\s*$"
)


def _surname_label_end(text: str) -> str | None:
    """The surname a booking is labelled with at the end of a message ("...Prenotazione Gallo.", "Cognome
    Barbieri"); never an ordinary word or a reference ("Booking ZX91KQ")."""
    for m in _SURNAME_LABEL_END.finditer(_plain(text)):
        found = _SURNAME_THEN_END.match(text, m.end())
        if not found:
            continue
        name = found["name"]
        return None if _not_a_booking_surname(name) else name
    return None


def _booking_surname(text: str) -> str | None:
    """The surname a booking is labelled with at the start of a message or its subject line ("Betreff: Buchung
    Huber", "Prenotazione Russo - c'è la navetta?"); never an ordinary word ("Booking Confirmation:")."""
    m = _BOOKING_SURNAME.match(_plain(text))
    if not m:
        return None
    title = _TITLE.match(text, m.end())  # "Reservierung Familie Gruber", "Booking Mrs Patel"
    found = _SURNAME_ENDS.match(text, title.end() if title else m.end())
    if not found:
        return None
    name = found["name"]
    return None if _not_a_booking_surname(name) else name


def _not_a_booking_surname(name: str) -> bool:
    """What a booking's label can be followed by that is no surname: a reference ("Hi, booking ZX91KQ - ..."), an
    ordinary or a title word, a place, a word about the booking ("Booking Confirmation:")."""
    return (
        any(c.isdigit() for c in name)
        or fold(name) in _ordinary_words()
        or fold(name) in _TITLE_WORDS
        or _is_place(name)
        or _ABOUT_BOOKING.fullmatch(fold(name)) is not None
    )


def _beside_email(text: str) -> str | None:
    """ "..., peter.novak@mail.com, Peter Novak" or "Peter Novak <peter@mail.com>": a full name next to the
    guest's e-mail address (two to four capitalised words, none an ordinary word)."""
    for m in _EMAIL_ADDRESS.finditer(text):
        after = re.match(
            r"[>)\]]?[^\S\n]*[,;.|/\-\u2013\u2014]?[^\S\n]*(?P<name>[^\n,;.!?()]{2,60})\s*(?:[\n,;.!?(]|$)",
            text[m.end() :],
        )
        before = re.search(
            r"(?:^|[\n,;.!?:])[^\S\n]*(?P<name>[^\n,;.!?:()]{2,60}?)[^\S\n]*[,;|<(\-\u2013\u2014]?[^\S\n]*$",
            text[: m.start()],
        )
        for found in (after, before):
            if not found:
                continue
            name = _name_words(found["name"].strip(), weak=True, whole=True)
            if name and 2 <= len(name.split()) <= 4 and not _wordy(name):
                return name
    return None


def _long_name(name: str) -> bool:
    """Three or more capitalised words whose only ordinary word is the last ("Mathéo Nguyen Van Long"): a full name."""
    words = [fold(w) for w in name.split() if fold(w) not in _PARTICLES]
    ordinary = _ordinary_words()
    return len(words) >= 3 and not _is_place(name) and not any(w in ordinary for w in words[:-1])


def _is_place(name: str) -> bool:
    """Whether capitalised words name a place or a company, not a person ("Lyon Part-Dieu", "Hamburg
    Hauptbahnhof Fundbüro", "Grand Central Travel", "Buenos Aires")."""
    words = [fold(w) for w in name.split()]
    return (
        words[0] in _PLACES
        or " ".join(words[:2]) in _TWO_WORD_PLACES
        or any(
            w.rstrip(".").split("'")[-1] in _PLACE_WORDS  # "dell'azienda Luxottica"
            # (a company's "SA", "AG" in capitals: "Martim Sá" is a surname)
            and not (w in _COMPANY_LETTERS and not typed.isupper())
            for w, typed in zip(words, name.split(), strict=True)
        )
    )


_COMPANY_LETTERS = _words("sa sl ag kg bv sas")
# A company's legal form ending the words after a cue ("intestata a: Ferretti Impianti S.r.l., P.IVA ...", "au nom de
# Dupont S.A.", "auf Müller Bau GmbH"): a company, no guest.
_COMPANY_NAMED = re.compile(
    # (a comma before the form too: "em nome de Norteinox, Lda.", "Acme, Inc.")
    r"[^\S\n]*(?:[A-ZÀ-ÖØ-Þ&][\w'&.-]*,?[^\S\n]+){1,5}"
    # (letters with full stops: "S.r.l.", "S.A.", "L.L.C.", "G.m.b.H.")
    r"(?:[A-Z]\.(?:[A-Za-z]{1,2}\.){1,3}(?![^\W\d_])|(?:SpA|Srl|SRL|SAS|SARL|Sarl|SNC|GmbH|Ltda?|LTDA?|Lda|LDA|"
    r"Inc|INC|LLC|PLC|Plc|Corp|AG|KG|SA|SL|BV|NV)\b)"
)


# What a company's name ends with ("This is Grand Meridian Events", "Aquí Viajes Sol y Mar", "Hier ist Alpen
# Reisen", "Qui Viaggi Sirena"): a company writing, no guest.
_COMPANY_NOUNS = _words(
    """
    events eventos eventi evenements veranstaltungen travel travels tours viajes viagens viaggi voyages reisen
    turismo tourisme touristik consulting consultores consultoria consulenze conseil beratung group grupo gruppo
    groupe gruppe solutions soluciones solucoes soluzioni services servicios servicos servizi agency agencia agenzia
    agence agentur logistics logistica logistique logistik limited company compania companhia compagnie
    supplies supply suministros fournitures forniture engineering ingenieria engenharia ingegneria office
    """
)


# What a company's name starts with in the Romance languages ("Laboratorios Quiroga", "Studio Fiori d'Arancio",
# "Construcciones Martín") and the partners a shop's name ends with ("Fleurs & Cie", "Rossi e Figli", "Smith & Sons").
_COMPANY_HEADS = _words(
    """
    laboratorios laboratorio laboratori laboratoires laboratoire laboratorium construcciones construcoes
    costruzioni transportes trasporti talleres industrias industrie industries distribuciones distribuzioni
    hermanos studio estudio cabinet bufete despacho clinica clinique farmacia pharmacie editorial edizioni editions
    grupo gruppo groupe reiseburo autohaus
    """
)
_PARTNERS_END = re.compile(
    r"(?i)[^\S\n]*(?:&|\+|\band|\bet|\be|\by|\bund)[^\S\n]*(?:cie|co|sons|fils|figli|hijos|filhos|s[öo]hne|partners?)\b\.?$"
)


def _a_company(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and (
        fold(words[-1]) in _COMPANY_NOUNS
        or fold(words[0]) in _COMPANY_HEADS
        or _PARTNERS_END.search(name) is not None
        # ("Treuhand Meier AG, Winterthur": its legal form ends it)
        or _COMPANY_NAMED.fullmatch(name) is not None
    )


def _wordy(name: str) -> bool:
    """Whether a capitalised name reads as ordinary words: one word that is one ("Friday", "Gracias"), or a
    longer one whose surname is ("Happy Holidays", "Quick Question") or that opens with a stop word. A first
    name that is also a word is still a name before a surname ("Will Turner", "Graça Ferreira", "Rosa Amaral")."""
    ordinary = _ordinary_words()
    if _is_place(name):
        return True
    words = [fold(w) for w in name.split() if fold(w) not in _PARTICLES] or [fold(name)]
    if len(words) == 1:
        # ("Grazie per il soggiorno! Torneremo", "¡Volveremos!": a verb said by "we" is no name)
        return words[0] in ordinary or (len(words[0]) >= 7 and _WE_WILL.search(words[0]) is not None)
    # "Hallo! Zwei Erwachsene, ...", "Two Adults, ...": a count opens the party, not a name
    counted = (to_int(words[0]) or 0) >= 2
    return counted or words[-1] in ordinary or words[0] in _STOP or words[0] in _NOT_NAMES


def _said_as_a_name(name: str, text: str, start: int) -> bool:
    """A word that is also an ordinary word, said as a name: capitalised and alone in its clause ("Hi, I'm Will,
    ...", "It's Grace.") or before "here" ("hey its will here"); never a weekday, a stop word or a word no name is
    ("I'm Sorry, ...", "It's Friday.")."""
    if len(name.split()) != 1 or fold(name) in _calendar_words() | _STOP | _NOT_NAMES | _WHAT_PEOPLE_ARE:
        return False
    after = text[_end_of(name, text, start) :]
    if re.match(r"[^\S\n]+here\b", after):
        return not fold(name).endswith("ing")  # "its raining here"
    written = text[start:].lstrip()[: len(name)]
    return written[:1].isupper() and written[1:].islower() and bool(re.match(r"[^\S\n]*(?:[,.!\n]|$)", after))


def _plausible_lower_start(rest: str, lang: str = "") -> bool:
    rest = _LEADING_FILLERS.sub("", rest.lstrip())  # "soy eh rocío vidal": a voice note's filler first
    title = _TITLE.match(rest)
    rest = rest[title.end() :] if title else rest
    article = re.match(r"(?:o|a|la|el|il|lo|der|die)\s+(?P<word>[^\W\d_]+)", rest)
    if article and fold(article["word"]) not in _ordinary_words():
        rest = rest[article.start("word") :]  # "aqui é o marcos vinícius", "hier ist der stefan"
    first = _WORD.match(rest)
    word = fold(first.group(0)) if first else ""
    if first and re.match(rf"\s+(?:{_FROM_ROOM}|here\b)", rest[first.end() :]) and not word.endswith("ing"):
        return (
            True  # "this is will from room 12", "its will here": whoever says their room or "here" is a guest
        )
    # "i am wondering", "soy alergico": an ordinary word or an English -ing form is no name; alone in its clause, a
    # word ordinary only in another language is one ("hey!! its sol 🌞": English "its", Spanish "sol").
    alone = first is not None and re.match(
        r"[^\S\n]*(?:[,.!?\n]|$|[\u2600-\u27bf\U0001f000-\U0001faff])", rest[first.end() :]
    )
    ordinary = _ordinary_words(lang) if lang and alone else _ordinary_words()
    return bool(word) and word not in ordinary and not re.search(r"..ing$", word)


_SALUTATION = re.compile(
    r"(?i)^\s*(?:dear|hello|hi|good (?:morning|afternoon|evening)|estimad[oa]s?|apreciad[oa]s?|hola|buen[oa]s|"
    r"prezad[oa]s?|car[oa]s?|ol[aá]|bom dia|boa tarde|madame|monsieur|bonjour|bonsoir|sehr geehrte|liebe[rs]?|"
    r"hallo|guten (?:tag|morgen|abend)|gentil[ei]|egregi|buongiorno|buonasera|salve|"
    r"to whom it may concern|a quien corresponda|muy se[ñn]ores|distinguid[oa]s?|querid[oa]s?|exm[oa]s?\.?|"
    r"spett\.?(?:le|abile)?|gentilissim[oi]|grüezi|gruezi|grüß gott|gruss gott|grüess gott|gruess gott|servus|moin)\b[^\n]{0,60}?[,:!]?[^\S\n]*\n"
)


# Words before a weekday or a month that make it a date ("el domingo", "on Sunday", "in April").
_DATE_LEAD = re.compile(
    r"(?:\b(?:el|este|esta|proximo|on|this|next|by|in|until|till|from|to|le|ce|en|au|du|am|an|im|bis|ab|vom|zum|"
    r"diesen|nachsten|il|la|questo|prossimo|dal|al|a|o|no|neste|este|proximo|de|do|ate|desde|hasta|para|per|pour|"
    r"fur|for|each|every|cada|jeden)\s+)$"
)


_COUPLE_LEAD = re.compile(
    r"\b(?:signori|coniugi|senores|senhores|epoux|eheleute|ehepaar|casal|couple|sres\.|sigg\.)\s+$"
)


def without_name(text: str, name: str | None) -> str:
    """`text` with the guest's name blanked, so "a nombre de Mercedes Domingo" or "Thanks, April" give no
    date and "Dos Santos" no party. A one-word name is kept where it reads as a date ("el domingo")."""
    if not name:
        return text
    words = name.lower().split()
    lowered = text.lower()
    if not words or len(lowered) != len(text):  # lowering changed the length ("İ"): offsets would not match
        return _without_name_by_pattern(text, name)
    plain = _plain(text)
    out = text
    for start, end in reversed(_name_spans(lowered, words)):
        if len(words) == 1 and _DATE_LEAD.search(plain[max(0, start - 12) : start]):
            continue
        if len(words) == 1 and _COUPLE_LEAD.search(plain[max(0, start - 14) : start]):
            continue  # "per i nostri clienti, i signori Mancuso": the couple's surname says they are two
        out = out[:start] + " " * (end - start) + out[end:]
    return out


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _name_spans(lowered: str, words: list[str]) -> list[tuple[int, int]]:
    """Where the name's words stand in `lowered` as whole words, one or more spaces apart (a scan, not a pattern
    compiled for each name)."""
    spans: list[tuple[int, int]] = []
    at = lowered.find(words[0])
    while at >= 0:
        end = _name_end(lowered, words, at) if at == 0 or not _is_word_char(lowered[at - 1]) else None
        if end is not None:
            spans.append((at, end))
            at = lowered.find(words[0], end)
        else:
            at = lowered.find(words[0], at + 1)
    return spans


def _name_end(lowered: str, words: list[str], at: int) -> int | None:
    end = at + len(words[0])
    for word in words[1:]:
        gap = end
        while gap < len(lowered) and lowered[gap].isspace():
            gap += 1
        if gap == end or not lowered.startswith(word, gap):
            return None
        end = gap + len(word)
    if end < len(lowered) and _is_word_char(lowered[end]):
        return None
    return end


def _without_name_by_pattern(text: str, name: str) -> str:
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)", re.IGNORECASE
    )
    plain = _plain(text)
    out = text
    for m in reversed(list(pattern.finditer(text))):
        if len(name.split()) == 1 and _DATE_LEAD.search(plain[max(0, m.start() - 12) : m.start()]):
            continue
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def letter_body(text: str) -> str:
    """A letter without its salutation line and its closing and signature ("Dear Sir or Madam,\n...
    \nKind regards,\nAna"): what it asks. Text that is no letter comes back as it was."""
    text = _without_device_lines(text)
    closing = _letter_closing(text)
    if closing is None or closing.start() == 0:
        return text
    body = text[: closing.start()]
    salutation = _SALUTATION.match(body)
    if salutation and body[salutation.end() :].strip():
        body = body[salutation.end() :]
    return body.strip() or text


# A name, a job title, a company, an address (two lines), phone, fax: a signature's most lines.
_SIGNATURE_LINES = 7


# (four readers of a name and a signature look for the same message's closings: they are found once)
@functools.lru_cache(maxsize=64)
def _signed_closings(text: str) -> tuple[tuple[re.Match[str], str | None], ...]:
    """Each closing formula followed by a signature's few lines, with the name on its first line (or None)."""
    return tuple(_each_signed_closing(text))


def _each_signed_closing(text: str) -> Iterator[tuple[re.Match[str], str | None]]:
    for m in _CLOSING.finditer(text):
        lines = [line.strip() for line in text[m.end() :].strip().splitlines() if _signature_line(line)]
        if lines and _CLOSING.match(lines[0]):
            continue  # "bis morgen!\nLG Michi": the name follows the next closing
        if m.start() == 0 and lines and len(_WORD.findall(lines[0])) > 8:
            continue  # "Le saluda Ángel Martínez, le escribo para reservar...": an opening, not a signature
        # A signature is short and comes last: the name, maybe lines of title, company, phone or address.
        if len(lines) <= _SIGNATURE_LINES:
            portuguese = _PORTUGUESE_CLOSING.search(m.group(0)) is not None
            name = _signature_name(lines[0], portuguese=portuguese) if lines else None
            yield m, _fuller_below(name, lines[1:]) if lines else None


def _fuller_below(name: str | None, lines: list[str]) -> str | None:
    """ "Thanks,\nDavid\n\nDavid Thompson | Operations Manager": the full name a mail client's signature adds
    under the first name the guest typed."""
    if not name or len(name.split()) > 1:
        return name
    for line in lines:
        full = _signature_name(line)
        if full and len(full.split()) > 1 and full.split()[0] == name:
            return full
    return name


_PLURAL_FAMILY = re.compile(r"(?:Los|Las|Os|I|Les)[^\S\n]+(?P<surname>[A-ZÀ-ÖØ-Þ][\w'-]+)")


# A Portuguese closing ("Com os melhores cumprimentos,", "Atenciosamente,", "Um abraço,"): the name under it may join
# two surnames with "e" ("Vasco Teixeira e Sousa").
_PORTUGUESE_CLOSING = re.compile(
    r"(?i)cumprimentos|atenciosamente|abra(?:ç|c)o|beij|obrigad|sauda(?:ç|c)(?:õ|o)es"
)


def _signature_name(line: str, *, portuguese: bool = False) -> str | None:
    # "The Johnson family": the family's surname.
    first = re.sub(r"(?i)^the\s+(.+?)\s+family$", r"\1", _signature_line(line))
    whole = _name_words(first, weak=True, whole=True) if portuguese and " e " in first else None
    if whole and len(whole.split()) >= 4:
        return whole  # "Com os melhores cumprimentos,\nVasco Teixeira e Sousa": one name, its surnames joined by "e"
    plural = _PLURAL_FAMILY.fullmatch(first)
    if plural:
        # "Obrigado por tudo!\nOs Carvalho", "À bientôt\nLes Girard": a family signs with its surname ("Los Angeles" is
        # a city)
        return None if _is_place(first) or _wordy(plural["surname"]) else plural["surname"]
    person = _at_a_company(first)
    if person:
        return _name_words(person, weak=True, whole=True)  # "Danke, Melanie Groß von Brenner Logistik"
    if _a_company(first):
        return None  # "Cordiali saluti\nStudio Fiori d'Arancio - Wedding & Events": a company signs, no guest
    return _name_words(_holder(first), weak=True, whole=True)


def _at_a_company(name: str) -> str | None:
    """The name of whoever signs before where they work ("Melanie Groß von Brenner Logistik", "Ana Gil de Hoteles Sol
    S.L.", "Tom Hill from Hill Logistics Ltd"), or None."""
    words = name.split()
    at = next((at for at, word in enumerate(words) if at >= 2 and fold(word) in _WORKS_AT), None)
    return " ".join(words[:at]) if at is not None and _a_company(name) else None


def _holder(names: str) -> str:
    """ "John and Mary Smith-Taylor", "Rob & Jen McDonald": the first one named, who holds the booking."""
    couple = _COUPLE.match(names.strip())
    if couple:
        return f"{couple['first']} {couple['surname']}"
    # ("Resi und der Ferdl": an article before the second one)
    pair = re.fullmatch(
        r"(?P<first>[A-ZÀ-Ö][\w'-]+(?:\s+(?:(?:del|de la|de|da|do|dos|das)\s+)?[A-ZÀ-Ö][\w'-]+)?)\s+(?:and|y|e|et|und|&)\s+(?:(?:der|die|la|el|il|o|a)\s+)?[A-ZÀ-Ö][\w'-]+",
        names.strip(),
    )
    return pair["first"] if pair else names  # "Silvia e Paolo": the first one named


def _letter_closing(text: str) -> re.Match[str] | None:
    """Where a letter's closing starts: a closing formula that ends the text or has a name under it ("Hola,
    gracias!\nQueremos una doble..." has none: its thanks open the message)."""
    for m, name in _signed_closings(text):
        if name or not text[m.end() :].strip():
            return m
    return None


def signs_off(text: str) -> bool:
    """Whether the message is only a closing and a signature ("Saludos cordiales,\nAna Ruiz", "Best,\nSam")."""
    text = _without_device_lines(text).strip()
    return any(m.start() == 0 and name for m, name in _signed_closings(text))


def without_signature(text: str) -> str:
    """The text up to its closing formula: the signature's address, phone and fax lines give no stay
    details ("Rua 25 de Abril, 10", "Tel. 0711 123456")."""
    text = _without_device_lines(text)
    closing = _letter_closing(text)
    return text[: closing.end()] if closing else text


def _typed_in_lower_case(text: str) -> bool:
    """Whether a message is typed in lower case, a capital to start and a code in capitals aside ("...gebucht nr RES
    2219 44 und wollten fragen ... lg jens": the booking's reference is copied, not typed)."""
    return not any(c.isupper() for c in _CODE_IN_CAPITALS.sub("", text[1:]))


_CODE_IN_CAPITALS = re.compile(r"\b[A-Z0-9]*[A-Z][A-Z0-9]+\b")


def _signature(text: str) -> str | None:
    """The name on the line after a closing formula, or alone on the last line of a longer message."""
    for _closing, name in _signed_closings(text):
        if name:
            return name
    thanked = _THANKS_END.search(text)
    said_before = len(_WORD.findall(text[: thanked.start()])) if thanked else 0
    # "...¿tienen parking? Gracias, Ana García", "pls cancel #4711 - thanks, Rosa": thanks then a name end a
    # message ("Gracias Ana" alone may thank the receptionist).
    if thanked and (
        said_before >= 4 or (said_before >= 2 and "," in text[thanked.start() : thanked.start("name")])
    ):
        initialled = _INITIAL_LINE.fullmatch(thanked["name"].strip())
        if initialled and not _wordy(initialled["surname"]) and not _FRENCH.search(_plain(text)):
            return (
                f"{initialled['initial']}. {initialled['surname']}"  # "Danke, M. Schäfer": the initial kept
            )
        name = _signature_name(thanked["name"])
        if name and not _wordy(name):
            return name
    thanked = _THANKS_WORDS_END.search(text)
    if thanked:
        name = _name_words(_holder(thanked["name"]), weak=True, whole=True)
        if name and not _CLOSING.match(thanked["name"]) and not _wordy(name):
            return name
    thanked = _THANKED_FOR_THEN_NAME.search(text)
    if thanked and len(_WORD.findall(text[: thanked.start()])) >= 4:
        # (a full name: "Merci de votre aide, Mme Faure" may address the receptionist)
        name = _name_words(_at_a_company(thanked["name"]) or thanked["name"], weak=True, whole=True)
        # (no season's wishes: "Merci pour tout, Bonne Année", "Obrigado por tudo, Boas Festas")
        if (
            name
            and len(name.split()) >= 2
            and not _CLOSING.match(thanked["name"])
            and not _wordy(name)
            and _every_word_a_name(name)
        ):
            return name
    after_emoji = _AFTER_EMOJI_END.search(text)
    if after_emoji and len(_WORD.findall(text[: after_emoji.start()])) >= 3:
        # "cancelen la reserva BK-4471 porfa 🙏 Ximena": an emoji, then the name ends the message.
        name = _name_words(after_emoji["name"], weak=True, whole=True)
        if name and len(name.split()) <= 4 and not _wordy(name):
            return name
    typed_lower = _typed_in_lower_case(text)
    lower = _LOWER_SIGNED.search(text) if typed_lower else None
    if lower and len(_WORD.findall(text[: lower.start()])) >= 3:
        name = _name_words(lower["name"], weak=False, whole=True)
        closing = re.match(rf"(?i)(?:{_CLOSINGS}|{_THANKS})\b", lower["name"])
        typed = lower["name"].split()  # (every word typed: "grazie lo stesso" is no "Stesso")
        # ("grazie assai", "merci infiniment", "obrigado demais": the thanks made warmer, no one signing)
        warmer = _THANKS_OR_CLOSING.fullmatch(re.sub(r"[^\w\s']+", " ", lower.group(0)).strip())
        if (
            name
            and not closing
            and not warmer
            and not any(fold(w) in _ordinary_words() or len(w) < 3 for w in typed)
        ):
            french = re.search(r"(?i)merci|cordialement|salutations|bises|amicalement|bonne", lower.group(0))
            if lower["initial"] and not (french and fold(lower["initial"][0]) == "m"):
                # "danke, m. schneider": an initial (the French title M. only after a French closing)
                return f"{lower['initial'][0].upper()}. {name}"
            return name
    lower_emoji = _LOWER_AFTER_EMOJI_END.search(text) if not any(c.isupper() for c in text[1:]) else None
    if lower_emoji and len(_WORD.findall(text[: lower_emoji.start()])) >= 2:
        # "grazie di tutto!!! 😘 fede & giuli": an emoji, then who writes ends a message typed in lower case
        typed = lower_emoji["name"]
        if not any(fold(typed) in _ordinary_words(lang) for lang in ("", *_LANGUAGES)):
            return _capitalise(typed)
    run_on = _RUN_ON_CLOSING_END.search(text)
    if run_on and len(_WORD.findall(text[: run_on.start()])) >= 4:
        # "...also Abreise Montag LG Jens", "...salir el lunes Saludos Ana": a closing with its capital, then the name
        # end a line typed on without a stop
        name = _name_words(run_on["name"], weak=True, whole=True)
        if name and not _wordy(name) and not _THANKS_OR_CLOSING.fullmatch(name):
            return name
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    lower_full = _LOWER_FULL_NAME_LINE.fullmatch(lines[-1]) if typed_lower and len(lines) >= 2 else None
    if lower_full and len(_WORD.findall("\n".join(lines[:-1]))) >= 3:
        # "pls book me a single for tmrw night\ndave collins", "una doble para el sábado\nana ruiz": a full name typed
        # in lower case alone on the last line signs, when no word of it is a word of any language
        typed = lower_full.group(0).split()
        if not any(
            fold(w) in _ordinary_words(lang) or fold(w) in _PARTICLES
            for w in typed
            for lang in ("", *_LANGUAGES)
        ) and not _THANKS_OR_CLOSING.match(lower_full.group(0)):
            return " ".join(_capitalise(w) for w in typed)
    ordinary = _ordinary_words()
    if len(lines) >= 2 and _LINE_START.match(lines[-1]) and re.match(r"[-\u2013\u2014~]", lines[-1]):
        # "— Marta", "-- Ana": a dash marks a signature, even of one word (a couple's: the first one).
        signed_line = _holder(_signature_line(lines[-1]))
        # (a first name that is also a word before a surname: "- Ravi Menon, Kestrel Surveys", French "ravi")
        name = _name_words(signed_line, weak=True, whole=True) or (
            signed_line if _TWO_CAPITALISED.fullmatch(signed_line) else None
        )
        if name and (_dashed_full_name(name) if len(name.split()) >= 2 else fold(name) not in ordinary):
            return name
    dashed = _DASH_END.search(text)
    if dashed and len(_WORD.findall(text[: dashed.start()])) >= 2:
        # "cheers mate, see ya next year! - Dave": a dash then the name end the message's last line
        name = _name_words(dashed["name"], weak=True, whole=True)
        # (not the town after a studio's name: "Studio Santangelo - Bari")
        if name and not any(fold(w) in ordinary for w in name.split()) and not _is_place(name):
            return name
    last_sentence = re.search(r"[.!?]\s+(?P<name>[^.!?\n]{3,60}?)[.!]?\s*$", text)
    if last_sentence and len(_WORD.findall(text[: last_sentence.start()])) >= 4:
        # "...del 4 al 6 de mayo. JUAN PEREZ": a full name as the last sentence.
        # Only in capitals: a capitalised last sentence ("Happy Holidays") is more often no name.
        name = _name_words(last_sentence["name"], weak=True, whole=True)
        shouted = re.sub(r"\W", "", last_sentence["name"]).isupper()
        words = [w for w in name.split() if fold(w) not in _PARTICLES] if name else []
        # Capitalised, not shouted, only after words about a booking ("Cancelación de la reserva nº 48213. Alfonso de
        # Miguel Quintana", "...anziché 9/07. Pilar Rinaldi"): elsewhere a capitalised last sentence ("Happy
        # Holidays", "Playa Blanca") is more often no name.
        signed = (
            shouted
            or (
                len(words) >= 2
                and (
                    _BOOKING_WORD.search(_plain(text[: last_sentence.start()])) is not None
                    # "...Call me on 07911 123456 if easier. Marcus Hale": after the guest's phone number
                    or _PHONE_NUMBER.search(text[: last_sentence.start()]) is not None
                )
                and not _CUE.match(_plain(last_sentence["name"]))  # "...just cancel. Name's Priya Shah"
            )
        )
        # (a couple or a family by its surname reads below: "Buchung Nr. 7 702 18, Eheleute Brandt" = Brandt)
        couple = _COUPLE_WORD.match(name) if name else None
        if signed and 2 <= len(words) <= 4 and not any(fold(w) in ordinary for w in words) and not couple:
            return name
    # (or as the last sentence: "Können wir bis zum 16. verlängern? Zimmer 12, Familie Öztürk")
    # (a number sign's dot inside: "Prenotazione n. 7 702 18, coniugi Ferrante"; French "16-18 ? Réservation ...")
    last_said = (
        # (after a question asked twice too: "...is that ok?? booking 7731, Mitchell")
        re.search(
            r"(?<=\w)[^\S\n]?[.!?]+[^\S\n]+(?P<rest>(?:[^\n.!?]|\.(?=[^\S\n]*\d|[º°ª]))+[.!]?)$", lines[-1]
        )
        if lines
        else None
    )
    last_part = lines[-1] if len(lines) >= 2 else last_said["rest"] if last_said else None
    family = _FAMILY_LINE.fullmatch(last_part) if last_part is not None else None
    family_name = family and (family["name"] or family["surname"] or family["plural"])
    plural_place = (
        family is not None and family["plural"] is not None and _is_place((last_part or "").strip())
    )
    if family_name and not _wordy(family_name) and not plural_place:
        # "...Wir sind zu viert.\nFamilie Brandstätter": the family signs with its surname
        return family_name
    ref_then = (
        (_REF_THEN_NAME.fullmatch(last_part) or _NAME_THEN_REF.fullmatch(last_part))
        if last_part is not None
        else None
    )
    if (
        ref_then
        and not _wordy(ref_then["name"])
        # (a first name that is also a word before a surname: "Marco Sartori, prenotazione 4471")
        and (_every_word_a_name(ref_then["name"]) or len(ref_then["name"].split()) >= 2)
        # (a first name that is also a month before a surname: "Marco Sartori", Portuguese "março")
        and fold(ref_then["name"].split()[-1]) not in _month_words() | _calendar_words()
        and not _THANKS_OR_CLOSING.fullmatch(ref_then["name"])
    ):
        return ref_then["name"]  # "...Ich erwarte eine Teilgutschrift.\nBuchung 77310, Sabine Kraus-Ebner"
    initialled = _INITIAL_LINE.fullmatch(lines[-1]) if len(lines) >= 2 else None
    if initialled and not _wordy(initialled["surname"]) and not _FRENCH.search(_plain(text)):
        # "...Ich erwarte eine Lösung.\nM. Schäfer": an initial signs with the surname (French "M." is Monsieur)
        return f"{initialled['initial']}. {initialled['surname']}"
    signed_by_no_one = any(_signature_lines_only(text[m.end() :]) for m, _name in _signed_closings(text))
    block = _signature_block(text)
    if block and not signed_by_no_one:
        return block
    if len(lines) >= 2 and not re.search(r"[?:!]\s*$", lines[-1]) and not signed_by_no_one:
        # (under "Cordialement\nDirection Commerciale\nVoyages Leclerc" the last line is the company's)
        last = _signature_line(lines[-1])
        if len(lines) >= 3 and _a_company(last):
            # "Rodrigo Salinas\nLaboratorios Quiroga": the name over the company
            last = _signature_line(lines[-2])
        # ("Rob & Nina Fairweather": a couple, the first one with the surname; "Henrique Castro e Almeida" is one)
        name = _name_words(last, weak=True, whole=True) or _name_words(_holder(last), weak=True, whole=True)
        # A signature without a closing: two to six capitalised words, none an ordinary word but a particle.
        if name and 2 <= len(name.split()) <= 6 and _every_word_a_name(name):
            return name
    return None


_TWO_CAPITALISED = re.compile(r"[A-ZÀ-Ö][a-zß-ÿ'-]+(?: [A-ZÀ-Ö][a-zß-ÿ'-]+){1,2}")


def _dashed_full_name(name: str) -> bool:
    """Whether a full name on a line a dash opens signs: its surname no ordinary word, its first name no stop word (a
    first name may be a word elsewhere: "- Ravi Menon", French "ravi")."""
    words = [fold(w) for w in name.split()]
    return not _is_place(name) and words[-1] not in _ordinary_words() and words[0] not in _STOP


# A family or a married couple signing on the message's last line ("Familie Brandstätter", "Famiglia Rinaldi",
# "Famille Rochat", "Coniugi Marchetti", "Eheleute Brandt"), maybe after their room ("Zimmer 12, Familie Öztürk").
# (or after their booking's reference: "Prenotazione n. 7 702 18, coniugi Ferrante", "Buchung 77310, Sabine Kraus-Ebner")
_ROOM_OR_BOOKING = (
    # (a room's word cut short: "Zi 14, Huber", "Zi. 14", "ch. 12", "cam. 5", "qto 3")
    r"(?i:(?:(?:zimmer|zi\.?|zr\.?|room|rm\.?|habitaci[oó]n|hab\.?|chambre|ch\.|chb\.?|camera|cam\.|stanza|quarto|qto\.?|qt\.)"
    r"[^\S\n]*\d+|"
    r"(?:buchung|booking|reserva|r[ée]servation|r[ée]sa|prenotazione|reservierung|ref\.?|rif\.?)"
    r"(?:[^\S\n]*(?:n\.?[º°r]?\.?|no\.|#))?[^\S\n]*[\w/-]*\d[\d/-]*(?:[^\S\n]\d+)*))"
)
_ROOM_OR_BOOKING_THEN = rf"(?:{_ROOM_OR_BOOKING}[^\S\n]*[,;][^\S\n]*)"
_FAMILY_LINE = re.compile(
    # (after a closing on the same line: "Saludos, familia Gutiérrez")
    rf"[-\u2013\u2014~\s]*(?:(?i:{_CLOSINGS}|{_THANKS})[^\w\n]*)?{_ROOM_OR_BOOKING_THEN}?"
    # (with its article: "La famille Girard", "Die Familie Huber", "A família Santos", "La famiglia Rossi")
    r"(?:(?i:la|die|a|the)[^\S\n]+)?"
    r"(?i:familie|famille|famiglia|fam[ií]lia|familia|family|fam\.|coniugi|eheleute|[ée]poux|esposos|"
    r"c[ôo]njuges)[^\S\n]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+(?:[^\S\n]+(?:(?:de|da|van|von|di|del|dos|das|le|la)[^\S\n]+)?[A-ZÀ-ÖØ-Þ][\w'-]+)?)"
    # (the town they write from after a comma: "Famille Rochat, Lausanne")
    r"(?:[^\S\n]*,[^\S\n]*[A-ZÀ-ÖØ-Þ][\w'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'-]+)?)?[^\S\n]*[.!]?"
    # ("The Fitzgerald family", "los Ortega")
    rf"|[-\u2013\u2014~\s]*{_ROOM_OR_BOOKING_THEN}?(?i:the)[^\S\n]+(?P<surname>[A-ZÀ-ÖØ-Þ][\w'-]+)[^\S\n]+(?i:family)[^\S\n]*[.!]?"
    # ("Los Quintana", "Os Carvalho", "I Rossi": a family signing with the plural article and its surname)
    rf"|[-\u2013\u2014~\s]*(?:Los|Las|los|las|Os|os|I)[^\S\n]+(?P<plural>[A-ZÀ-ÖØ-Þ][\w'-]+)[^\S\n]*[.!]?"
)
_COUPLE_WORD = re.compile(
    r"(?i)(?:eheleute|coniugi|[ée]poux|esposos|c[ôo]njuges|familie|famille|famiglia|fam[ií]lia|familia|family)\b"
)
# A name after the booking's reference or the room on the last line: "Buchung 77310, Sabine Kraus-Ebner", the surname
# alone too ("Zimmer 14, Huber", "Camera 12, Fontana.", "Prenotazione 44 981, Sartori").
_REF_THEN_NAME = re.compile(
    rf"[-\u2013\u2014~\s]*{_ROOM_OR_BOOKING_THEN}(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'-]+){{0,3}})[^\S\n]*[.!]?"
)
# ... or before it: "...for the 19th pls? Sarah Kent, ref QK2291", "Ana Ruiz, reserva 4471", "Huber, Zimmer 14".
_NAME_THEN_REF = re.compile(
    rf"[-\u2013\u2014~\s]*(?P<name>[A-ZÀ-ÖØ-Þ][\w'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w'-]+){{0,3}})[^\S\n]*[,;][^\S\n]*"
    rf"{_ROOM_OR_BOOKING}[^\S\n]*[.!]?"
)
# An initial and a surname on the last line ("M. Schäfer", "J. Smith"), maybe after a title ("Mrs M. Ashworth").
_INITIAL_LINE = re.compile(
    r"[-\u2013\u2014~\s]*(?:(?:Mrs|Mr|Ms|Miss|Dr|Frau|Herr|Sra|Sr|Sig\.ra|Sig)\.?[^\S\n]+)?(?P<initial>[A-Z])\.[^\S\n]?(?P<surname>[A-ZÀ-ÖØ-Þ][\w'-]+)[^\S\n]*"
)
# Words of a French message (read on `_plain` text), where "M." is Monsieur.
_FRENCH = re.compile(
    r"\b(?:je|j'|vous|nous|est|merci|bonjour|bonsoir|cordialement|chambre|avec|pour|votre|notre|une|des|les|sont)\b"
)


def _signature_block(text: str) -> str | None:
    """A signature without a closing, set apart by a blank line: a full name over phone, company or title lines
    ("...nearby?\n\nDavid Kim | Kim Consulting\nmobile 07700 900123"), or a lone name after a sentence or a
    reference ("Conf. no. 4BX 7QP\nChristian")."""
    paragraphs = [p.strip() for p in re.split(r"\n[^\S\n]*\n", text.strip()) if p.strip()]
    lines = paragraphs[-1].splitlines() if len(paragraphs) >= 2 else []
    # (a phone in pairs of digits: "Tél. 06 12 34 56 78")
    # (or under a question or a sentence, a full name over the company's name: "...seis individuales?\n\nJaime
    # Roldán\nFrutas del Valle")
    if 2 <= len(lines) <= 4 and (
        any(re.search(r"\d{3}|\d\d[ .]\d\d[ .]\d\d|@|\|", line) for line in lines)
        or re.search(r"[.?!]$", paragraphs[-2])
    ):
        name = _name_words(_signature_line(lines[0]), weak=True, whole=True)
        if name and 2 <= len(name.split()) <= 4 and not _wordy(name) and _every_word_a_name(name):
            return name
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    last = re.search(r"(?<=[^\W\d_]{2})[.!?][^\S\n]+(?P<name>[A-ZÀ-Ö][a-zß-ÿ'-]{2,})[.!]?\s*$", text)
    if (
        last
        and len(_WORD.findall(text[: last.start()])) >= 6
        and (_BOOKING_WORD.search(_plain(text)) or _ROOM_WORD.search(_plain(text)))
        and not _is_place(last["name"])
        and not _CLOSING.match(last["name"])
        and fold(last["name"]) not in _month_words()
        and not re.match(rf"(?i:{_THANKS}|{_CLOSINGS})$", last["name"])
        and not any(fold(last["name"]) in _ordinary_words(lang) for lang in ("", *_LANGUAGES))
    ):
        return last[
            "name"
        ]  # "... Quero um quarto pra 2 de 9 a 11 de janeiro. Juliana": one name, the last sentence
    # One name alone (or a couple's, the first one: "Mattia e Sara") under a message's last sentence, ended by a
    # full stop, a question, an emoji, a number or a word (not a comma or a colon: "Hola,\nMarta" may greet), signs
    # it ("...vous avez-tu de la place? 😊\nMaxime", "...il bimbo ha la febbre 🤒 scusate\nElena"); a word of any
    # language is none ("Do you have parking?\nUrgent").
    alone = (
        re.fullmatch(
            r"(?P<name>[A-ZÀ-Ö][a-zß-ÿ'-]{2,})(?:[^\S\n]+(?:and|y|e|et|und|&)[^\S\n]+[A-ZÀ-Ö][a-zß-ÿ'-]{2,})?",
            lines[-1],
        )
        if len(lines) >= 2
        else None
    )
    if (
        alone
        and not _a_company(lines[-1])  # "...à la personne concernée.\nFleurs & Cie": a shop signs
        and re.search(r"[.?!\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\w]$", lines[-2])
        and len(_WORD.findall("\n".join(lines[:-1]))) >= 4
        and not _is_place(alone["name"])
        and not _CLOSING.match(lines[-1])  # "...dispone de gimnasio.\nAtentamente"
        and _names_signing(
            [w for w in _WORD.findall(lines[-1]) if fold(w) not in ("and", "y", "e", "et", "und")]
        )
    ):
        return alone["name"]
    return None


def _names_signing(words: list[str]) -> bool:
    """Whether one or two words alone on the last line sign: no word of any language, or two people of whom one may be
    a word elsewhere ("Pao y Emilio": Portuguese "pão"), never two words ("Bread and Butter") nor a weekday."""

    def ordinary(word: str) -> bool:
        plain = fold(word)
        return plain in _calendar_words() or any(plain in _ordinary_words(lang) for lang in ("", *_LANGUAGES))

    if len(words) == 2 and not any(fold(w) in _calendar_words() for w in words):
        return _two_names(words[0], words[1]) and not all(ordinary(w) for w in words)
    return not any(ordinary(w) for w in words)


def _signature_lines_only(text: str) -> bool:
    """Whether `text` (what follows a closing) is only a signature's short lines of capitalised words
    ("Direction Commerciale\nVoyages Leclerc"), no sentence ("Queremos una doble del 3 al 5")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(
        len(_WORD.findall(line)) <= 5
        and all(w[:1].isupper() or fold(w) in _PARTICLES or len(w) <= 3 for w in _WORD.findall(line))
        for line in lines
    )


# A phone number after the name on a signature line ("Thomas Leroy 06 12 34 56 78", "Ana Ruiz +34 612 345 678", "Luca
# Neri tel. 347 123 4567").
_PHONE_AFTER_NAME = re.compile(
    r"(?i)(?<=[^\W\d_])[^\S\n]+(?:(?:tel|t[ée]l|tlf|telf|mob|mobile|cel|cell|handy|fon)\.?:?[^\S\n]*)?"
    r"\+?\d[\d ().-]{6,18}\d[^\S\n]*$"
)


def _signature_line(line: str) -> str:
    """The name part of a signature line: "— Ana García (hab. 203)", "Dr. Klaus Becker | Geschäftsführer"."""
    line = re.sub(r"(?i)[^\S\n]+(?:x+|xo+|x[ox]+)[^\S\n]*$", "", _LINE_START.sub("", line))
    # "Carol e Marcelo 💕": hearts and faces after the name
    line = re.sub(r"(?:[^\S\n]*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d])+[^\S\n]*$", "", line)
    # "Ihre Maria Schulz", "Euer Tom", "Vostra Giulia": the writer's possessive before the name
    line = re.sub(r"^(?:Ihre?|Eure?|Euer|Deine?|Vostr[ao]|Tu[ao])\s+(?=[A-ZÀ-Ö])", "", line)
    # "Fdo.: Javier Ruiz de Alda", "Signed: Tom Hale": the word a signature is signed with
    line = re.sub(
        r"(?i)^(?:fdo|firmado|signed|gez|gezeichnet|firmato|sign[ée]|assinado)(?:\.[^\S\n]*:?|[^\S\n]*:)[^\S\n]*",
        "",
        line,
    )  # (with its full stop or colon: "Signe Larsen" is a name)
    line = _PHONE_AFTER_NAME.sub("", line)  # "Thomas Leroy 06 12 34 56 78": the phone after the name
    return re.split(r"\s*(?:[,(|/\[]|\s[-\u2013\u2014]\s)", line, maxsplit=1)[0].strip()


def _name_words(rest: str, *, weak: bool, limit: int = 5, whole: bool = False) -> str | None:
    """Name words at the start of `rest`: up to `limit` words besides particles ("de la", "von").

    `weak`: only capitalised words. `whole=True`: every word of `rest` must belong to the name (a bare
    answer, a signature line).
    """
    rest = _COUPLE_TITLE.sub("", _LEADING_FILLERS.sub("", rest[:120].lstrip()), count=1)
    for _ in range(3):  # "Herr Dr. Klaus Becker", "Sr. D. Juan Pérez": titles one after another
        title = _TITLE.match(rest.lstrip())
        if not (title and rest.lstrip()[title.end() :][:1].isalpha()):
            break
        rest = rest.lstrip()[title.end() :]
    article = re.match(r"(?:,\s*)?(?:(?:o|a|la|el|il|lo|der|die)\s+|d['\u2019])(?=[A-ZÀ-Ö])", rest.lstrip())
    if not article and not weak:
        # Typed in lower case: an article before a word that is no ordinary word ("der stefan", "o marcos").
        article = re.match(r"(?:o|a|la|el|il|lo|der|die)\s+(?=(?P<word>[^\W\d_]+))", rest.lstrip())
        if article and fold(article["word"]) in _ordinary_words():
            article = None
    if article:  # "Aqui é o Pedro", "soy la Marta", "ich bin der Thomas", "i bin d'Vreni"
        rest = rest.lstrip()[article.end() :]
        title = _TITLE.match(rest)
        if title and rest[title.end() :][:1].isalpha():
            rest = rest[title.end() :]  # "da isch d'Familie Wyss": the family's surname
    words = list(_WORD.finditer(rest))
    ordinary = _ordinary_words()
    found: list[str] = []
    main_words = 0
    end = 0
    capitalised = False
    for index, m in enumerate(words):
        between = rest[end : m.start()]
        initial = (
            bool(found)
            and re.fullmatch(r"(?:[A-Z]|Ma)\.(?:-[A-Z]\.)*", found[-1]) is not None
            and between.startswith(".")
        )
        if found and not initial and re.search(r"[,;!?\n0-9()&+/|]|\.\s", between):
            break  # (a form's fields apart: "Nombre: Jean-Baptiste de La Tour / Email: ...")
        if not found and re.search(r"[!?;]|\.\s|\n\s*\n", between):
            break  # "...made under my name.\n\nYours faithfully": the cue ends its sentence
        word = m.group(0)
        if rest[m.end() : m.end() + 1].isdigit():
            break  # "Le numéro c'est QC-3318", "ref AB12": letters typed onto digits are a code, no name
        low = fold(word).rstrip("'")
        # "d'Auvergne", "dell'Orto": a surname that starts with an elided particle is capitalised after it
        elided = re.match(r"(?i)(?:d|dell|dall|l)['\u2019](?=\w)", word)
        upper = word[elided.end() if elided else 0 :][:1].isupper()  # "d'Auvergne", but "L'équipe"
        following = next((w.group(0) for w in words[index + 1 :] if fold(w.group(0)) not in _PARTICLES), "")
        name_follows = following[:1].isupper() or (
            not capitalised and bool(following) and fold(following) not in ordinary
        )
        if (
            low == "e"
            and following[:1].isupper()
            and (
                any(fold(w) in {"de", "da", "do", "dos", "das"} for w in found)
                or (len(found) >= 2 and _last_name_word(rest, words, index + 1, lines_end=len(found) == 2))
            )
        ):
            # "Joaquim de Sá e Melo", "João Pedro Sousa e Melo": two Portuguese surnames joined by "e" (after a
            # first name and a surname, one last word; "Marco Rossi e Giulia" signing is a couple: `_holder`)
            found.append(word)
            end = m.end()
            continue
        if (
            word == "in"
            and len(found) >= 2
            and following[:1].isupper()
            and fold(following) not in ordinary
            and fold(following) not in _PLACES
            and between.strip() == ""
        ):
            found.append(word)  # "Anna Maria Di Pietro in Colombo": an Italian wife's married surname
            end = m.end()
            continue
        if found and low in _PARTICLES and _no_surname(fold(following), first_only=len(found) == 1):
            break  # "Frau Winter von der Buchung 6620", "sono Paolo da Bari": the booking, the place
        if found and low in _PARTICLES and _what_someone_is(following):
            break  # "soy carmen ruiz la abuela de los ruiz", "Giorgio Vianello del Liceo Galilei": who she is, where he works
        if word == "di" and len(found) == 1 and found[0][:1].isupper():
            break  # "sono il Matteo di Bergamo": where he is from (an Italian surname's "Di" is capitalised)
        if len(found) >= 2 and elided and fold(word[elided.end() :]) in _INSTITUTIONS | _PLACE_WORDS:
            break  # "la prof.ssa Lucia Ferraro dell'Istituto Comprensivo": where she works, no surname
        if found and (low in _PARTICLES or low.split("'")[0] in _PARTICLES) and name_follows:
            if low in _CONNECTORS and not (upper or following[:1].isupper()):
                break
            found.append(word)  # "Fernández de la Vega", "De Luca", "van Dijk": particles inside a name
            end = m.end()
            continue
        if not found and upper and low in _PARTICLES - _CONNECTORS and following[:1].isupper():
            found.append(word)  # a surname that starts with a particle: "De Luca", "Van der Berg"
            end = m.end()
            continue
        if (
            found
            and upper
            and low in _ARABIC_PARTICLES
            and following[:1].isupper()
            and fold(following) not in ordinary
        ):
            # "Fatima El Amrani", "Omar Ben Salah": an Arabic surname's particle, capitalised
            found.append(word)
            end = m.end()
            continue
        if low in _NAME_FILLERS and not upper:
            said_again = [fold(w.group(0)) for w in words[index + 1 : index + 4]]
            if len(found) == 1 and (fold(following) == fold(found[0]) or fold(found[0]) in said_again[1:]):
                # "sono Mark ehm Mark Thompson", "c'est monsieur Kessler euh Laurent Kessler": the name started again
                # after a filler
                found, main_words = [], 0
            continue  # "mi nombre es eh carlos eh ramírez": a voice note's fillers belong to no name
        if (
            initial
            and between.startswith(".-")
            and len(word) == 1
            and upper
            and rest[m.end() : m.end() + 1] == "."
        ):
            found[-1] += (
                f"-{word}."  # "P.-A. Rochat": one hyphenated first name's initials ("A" is no stop word here)
            )
            end = m.end()
            continue
        if (
            (len(word) == 1 or word == "Ma")
            and word[0].isupper()
            and re.match(r"\.-?[^\S\n]*[A-ZÀ-Ö]", rest[m.end() :])  # ("P.-A. Rochat")
            and main_words < limit
            and not (initial and between.startswith(".-"))
            and not (found and not initial and re.search(r"[,;!?\n0-9()&+]|\.\s", between))
        ):
            # "A. Schmitt", "J. P. Morgan", "Ma. José Ruiz" (María): an initial before a capitalised word, even
            # when it is also a stop word
            found.append(word + ".")
            main_words += 1
            end = m.end()
            if not found[:-1]:
                capitalised = True
            continue
        if low in _STOP or (not found and low in _NOT_NAMES) or re.match(r"i'", low):
            break
        if found and low in _DICTATED_MARKS:
            break  # "hier Dr. Kai Brünninghaus Komma bitte ...": a punctuation mark dictated to a phone
        if found and not upper and _CONTRACTION.search(low):
            break  # "this is rachel o'neill we've got a room": an English contraction starts the next clause
        if not upper and low in _POSSESSIVES:
            break  # "au nom de ma société", "a nombre de mi empresa"
        if not upper and low in _BUT:
            break  # "la réservation est à mon nom mais c'est une collègue qui viendra": the clause goes on
        if not upper and (
            re.match(r"(?:j|qu|n|m|s|c|t|l)'|j[bcdfghklmnpqrstvwxz]", low)
            or re.fullmatch(r"j(?:ai|avais|aurais?|aimerais|arrive|attends?|y|en|etais|habite)", low)
        ):
            # "c'est marc dubois j'appelle pour...": an elided pronoun or article starts the next words (typed
            # fast without the apostrophe: "jvoudrais", "jpeux")
            break
        if (weak or capitalised) and not upper:
            break  # "Anna-Lena Schröder bitte": a capitalised name ends at the first lower-case word
        if found and not upper and low in ordinary:
            break  # "giulia rossi volevo sapere": a lower-case name ends at an ordinary word
        if main_words == limit:
            break
        if not found:
            capitalised = upper
        typed = word + "." if len(word) == 1 and rest[m.end() : m.end() + 1] == "." else word  # "J. Smith"
        if initial and between.startswith(".-"):
            found[-1] += "-" + typed  # "J.-P. Marchand": one hyphenated first name's initials
        else:
            found.append(typed)
        main_words += 1
        end = m.end()
    while found and fold(found[-1]).rstrip("'") in _PARTICLES:
        found.pop()
    while len(found) > 2 and fold(found[-1]).rstrip(".") in _POSTNOMINALS:
        found.pop()  # "Dr Rajesh Kumar MBBS", "Anna Berg PhD": letters after a name are no part of it
    if not found or main_words == 0 or all(len(w.rstrip(".")) == 1 for w in found):
        return None  # nothing, or initials alone ("Thanks\nJ")
    if all(fold(w).rstrip(".") in _TITLE_WORDS for w in found):
        return None  # a title alone ("Je suis Mme, pas M. !")
    if whole and re.search(r"[^\W_]", rest[end:]):
        return None
    letters = "".join(found)
    if any(c.isupper() for c in letters) and not (len(letters) > 3 and letters.isupper()):
        return " ".join(found)
    # Typed in lower case or shouted ("JUAN PÉREZ"): written the usual way.
    found = [w.lower() for w in found]
    return " ".join(w if fold(w) in _PARTICLES else _capitalise(w) for w in found)


def _last_name_word(rest: str, words: list[re.Match[str]], at: int, *, lines_end: bool) -> bool:
    """Whether `words[at]` is capitalised, set apart by spaces alone, and the name's last word: no capitalised word
    follows in its clause (with `lines_end`, nothing follows on its line)."""
    word = words[at] if at < len(words) else None
    if word is None or not word.group(0)[:1].isupper() or rest[words[at - 1].end() : word.start()].strip():
        return False
    if re.match(r"(?i)h?[iy]", word.group(0)):
        return False  # Spanish "e" before an i-sound joins two people ("Ana Ruiz e Isabel")
    after = rest[word.end() :]
    if lines_end:
        return re.match(r"[^\S\n]*(?:\n|$)", after) is not None
    following = words[at + 1] if at + 1 < len(words) else None
    return not (
        following and following.group(0)[:1].isupper() and not rest[word.end() : following.start()].strip(" ")
    )


# Punctuation said aloud in a dictated message ("Komma", "Punkt", "comma", "virgule", "virgola", "vírgula").
_DICTATED_MARKS = _words("komma punkt doppelpunkt comma period coma punto virgule virgola virgula ponto")
# English contractions ("we've", "we're", "I'll", "they'd"): the words after a name typed in lower case.
_CONTRACTION = re.compile(r"['\u2019](?:ve|re|ll|d|m)$")


def _what_someone_is(word: str) -> bool:
    """Whether `word` after a particle says who someone is (a relative, a role) or where they work ("la abuela de los
    Ruiz", "del Liceo Scientifico"), not a surname."""
    # ("soy Hernán Villalobos de Laboratorios Andes": the company he works for)
    return fold(word) in _KIN | _SPOKEN_ROLES | _ROLES | _INSTITUTIONS | _COMPANY_HEADS


# After a particle, words that are no surname: a booking, the hotel's rooms and desks.
_NO_SURNAME = re.compile(
    r"(?:reserv\w*|book\w*|buchung\w*|prenotazion\w*|zimmer\w*|rezeption|reception|recepcion|empfang|firma|"
    r"ditta|societe|hotel|habitacion|chambre|camera|quarto|room)$"
)


def _no_surname(word: str, *, first_only: bool) -> bool:
    """Whether `word` after a particle is no surname: a booking or a room word, or a city after a first name
    alone ("Paolo da Bari", but "Fernando Álvarez de Toledo")."""
    return _NO_SURNAME.match(word) is not None or (first_only and word in _PLACES)


def _capitalise(word: str) -> str:
    """'o'brien' -> "O'Brien", "dell'acqua" -> "Dell'Acqua", 'anna-lena' -> 'Anna-Lena'."""
    parts = re.split(r"([-'\u2019])", word)
    return "".join(part[:1].upper() + part[1:] for part in parts)
