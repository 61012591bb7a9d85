"""Adults, children and rooms from folded text, with the conventions of docs/INTERFACES.md.

Not stated means None: adults are never defaulted and children are 0 only when the message says so.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from conversations.nlu.dates import MONTHS
from conversations.nlu.numbers import NUMBER, NUMBER_WORDS, to_int
from conversations.nlu.text import word_alternation

_ADULT = (
    r"(?:adultos?|adultas?|adults?|adultes?|erwachsenen?|erwachsene|erwachseni|erwachsni|erw\b\.?|adulti|adulto|ad\b\.?|"
    r"grown[ -]?ups?|mayores|idosos|idosas|ancianos|ancianas|seniors|senioren|anziani|"
    # the grown-ups of a school trip ("2 professores e 18 alunos", "3 teachers and 40 pupils", "2 Lehrer")
    r"teachers|chaperones|professores|professoras|profesores|profesoras|docentes|enseignants|enseignantes|professeurs|"
    r"accompagnateurs|accompagnatrices|lehrer|lehrern|lehrerinnen|lehrkraften|lehrkrafte|begleitpersonen|insegnanti|docenti|accompagnatori|"
    # and of a team's ("3 accompagnants", "2 Betreuer", "two coaches", "dos entrenadores")
    r"accompagnants|accompagnantes|betreuer|betreuern|betreuerinnen|coaches|entrenadores|treinadores|allenatori|entraineurs|"
    # and of a youth group's ("22 jeunes de 12 à 14 ans et 4 animateurs", "3 monitores", "2 Jugendleiter")
    r"animateurs|animatrices|animadores|animadoras|monitores|monitoras|moniteurs|monitrices|animatori|educatori|"
    r"educadores|jugendleiter|gruppenleiter|youth leaders|group leaders|scout leaders)"
)
_CHILD = (
    # learners' plurals ("2 adults and 2 childs (7 and 10 years)", "3 childrens", "zwei Kinders", "2 bambinis")
    r"(?:childs|childrens|childern|chidren|kinders|bambinis|enfantes|"
    r"ninos?|ninas?|nenes?|nenas?|hijos?|hijas?|peques?|chicos|menores|menor|children|child|kids?|sons?|daughters?|boys|"
    # said familiarly ("the nipper (3)", "le môme", "der Knirps", "il marmocchio")
    r"nippers?|sprogs?|momes?|knirpse?|marmocchi|marmocchio|"
    r"criancas?|filhos?|filhas?|enfants?|fils|filles?|kinder|kindern|kind|sohne|sohnen|tochter|tochtern|bambini|bambino|bambina|"
    r"bambine|bimbi|bimbe|bimbo|bimba|figli|figlio|figlia|ragazzi|infants?|toddlers?|bebes?|babies|baby|neonat[oi]|lattanti|"
    r"saugling|kleinkind|kleinkinder|miudos|miudas|miudo|miuda|chamacos|guaguas|pibes|nenitos|ninitos|gosses|teenagers?|"
    r"teens|adolescentes?|adolescents?|jugendliche[rn]?|crios|crias|chavales|chiquillos|little ones|littles|kiddos|kiddies|gamins|"
    r"gamines|ados?|ragazzini|meninos?|meninas?|garotos|garotas|nenem|nenens|bb|chind|chinde|chinder|buam|buben|"
    r"chiquit[oa]s|hijit[oa]s|filhinh[oa]s?|chavitos|gurises|escuincles|piccolini|loulous|"
    r"grandchildren|grandkids|grandsons?|granddaughters?|nietos|nietas|nieto|nieta|netos|netas|neto|neta|"
    r"petits-enfants|petits enfants|petit-fils|petite-fille|enkelkinder|enkelkindern|enkelkind|enkel|enkeln|"
    r"enkelinnen|enkelin|petites-filles|nipotini|nipotino|nipotina|nipotine)"
)
_PERSON = (
    r"(?:personas?|people|persons?|pessoas?|personnes?|personen|person|persone|huespedes|guests?|hospedes|"
    r"gaste|ospiti|pax|pers\b\.?|ppl|leute|leut|adultos y ninos)"
)
_ROOM = (
    # (short forms: French "chb"/"chbre", English "rm", Italian "matrim.")
    r"(?:(?!bade|wohn|schlaf|ess|arbeits|kinder)[a-z]{3,}zimmern?|chbres?|chbs?|rms?|matrim|habitacion(?:es)?|(?:abitacion|havitacion|avitacion|abitasion|habitasion|avitasion)(?:es)?|habs?|hbs|qtos?|cuartos?|piezas?|recamaras?|de casal|de solteiro|individuais|rooms?|quartos?|chambres?|zimmer|camere|camera|suites?|doppelzimmer|"
    r"einzelzimmer|familienzimmer|dreibettzimmer|zweibettzimmer|mehrbettzimmer|dobles?|individual(?:es)?|doubles?|twins?|"
    r"singles?|simples?|matrimonial(?:[ei]|es)?|dz|ez|dbls?|sgls?|twns?|trpls?|indiv|doppie|doppia|singole|singola|triples?|triplas?|triplos?|duplos?|quadrupl[aeo]s?|cuadruples?|cuadruplos?|cuadruples?|quadruples?|"
    r"apartamentos?|apartments?|appartamenti|appartamento|appartements?|departamentos?|ferienwohnungen|ferienwohnung|"
    r"monolocali|monolocale|bilocali|bilocale|stanze|stanza|studios?|familiares|family rooms?|cammer[ae]|sencillas?|familiales?|"
    # ("dois quartos, um familiar e um duplo"; "con un familiar" alone is a relative)
    r"familiar(?=\s+(?:e|y)\s+(?:um|uma|un|una|\d)\s+(?:duplo|doble|individual|triplo|triple|quarto|habitacion)))"
)
# Not the month of a date ("Saída: 23/05 Adultos: 2") nor a decimal.
_NUM = rf"(?<![/.])(?P<n>{NUMBER})"
# A day of a date after "for"/"para" is no party: "for 12 May", "for 15th May", "pour 3 juin", "para 2 de marzo".
_DAY_OF_MONTH = r"(?:st|nd|rd|th|er|eme)\b|(?:\.\s*|\s+de\s+|\s+)?(?:" + word_alternation(MONTHS) + r")\b"
# A bed is no room: "a room with 2 double beds", "a double bed".
# Nor is a single parent ("I'm a single mum", "as a single dad").
_NOT_A_BED = r"(?!\s*(?:beds?|bedded|sofa[ -]?beds?|mums?|moms?|mothers?|dads?|fathers?|parents?)\b)"
# "instead of" in the six languages: the count or room a change gives up comes after it.
_INSTEAD_WORDS = (
    r"en vez de|en lugar de|instead of|rather than|au lieu de|statt|anstatt|invece di|al posto di|em vez de|"
    r"no lugar de|ao inves de"
)
_INSTEAD = rf"(?:{_INSTEAD_WORDS})"

_ADULTS = re.compile(rf"\b{_NUM}\s+{_ADULT}\b")
_ADULT_WORD = re.compile(rf"\b{_ADULT}")
# "4 adultes dont 1 ado de 16 ans", "3 Erwachsene, davon ein Jugendlicher (16)": the child is one of them.
_CHILD_AMONG_ADULTS = re.compile(
    rf"\b{_ADULT}\s*,?\s*(?:dont|davon|of whom|of which|de los cuales|de las cuales|dos quais|das quais|di cui)\s+"
    rf"(?P<c>{NUMBER})\s+(?:(?:es|is|est|ist|sono|e)\s+)?(?:un |une |a |an |uno |una |um |uma |ein |eine )?{_CHILD}\b"
)
# "2 casais", "two couples", "zwei Paare": two adults each.
_COUPLES = re.compile(
    rf"\b{_NUM}\s+(?:(?:befreundete|befreundeten|junge|jungen|young|jovenes|jeunes|giovani|jovens)\s+)?(?:casais|parejas|couples|paare|parchen|ehepaare|coppie|matrimonios|matrimoni|married couples)\b"
)
_CHILDREN = re.compile(
    rf"\b{_NUM}\s+(?:(?:de ellos|de ellas|of them|of whom|deles|delas|di loro|d'entre eux|davon|von ihnen)\s+"
    rf"(?:son\s+|are\s+|sao\s+|sono\s+|sont\s+|sind\s+)?)?"
    # ("our two teenage sons (15 and 17)": an adjective of age between)
    rf"(?:(?:(?:pequenos?|small|little|kleine|kleinen|petits?|piccoli|teenage|teen|young|younger|older|jungen|"
    rf"jugendlichen|jeunes)\s+)?{_CHILD}\b|"
    # the small ones as a noun ("4 adultes + 3 petits (5 ans, 3 ans et un bébé)", "2 adultos y 3 pequeños")
    # ("Wir haben einen kleinen.": a dog; an article is no count of them)
    r"(?<!\bun )(?<!\buna )(?<!\bune )(?<!\bein )(?<!\beine )(?<!\beinen )(?<!\bum )(?<!\buma )"
    r"(?:petits|petites|pequenos|pequenas|piccoli|piccole|kleine|kleinen)"
    r"(?=\s*(?:\(|[,.;:!?+]|$|(?:y|and|e|et|und|pis)\b)))"
)
# Two adults named as parents: "los padres y 2 niños", "mamá y papá con los peques", "Eltern mit 2 Kindern".
_PARENTS = re.compile(
    # grandparents with the grandchildren: "viajamos los abuelos con los dos nietos", "siamo i nonni con tre nipotini"
    r"\b(?:(?:los |the |les |die |i |os )?(?:padres|parents|genitori|eltern|pais|abuelos|grandparents|nonni|"
    r"grands-parents|grands parents|grosseltern|avos)|"
    # "papá, mamá y tres hijos", "pai, mãe e dois filhos", "Mama, Papa und zwei Kinder"
    r"(?:mama|papa|mom|mum|dad|maman|mamma|mae|pai)\s*(?:,|y|and|et|und|e|&|\+)\s*(?:mama|papa|mom|mum|dad|maman|mamma|mae|pai)|"
    # "Grandma, Grandpa and the 3 grandkids", "Oma, Opa und die zwei Enkel", "la abuela y el abuelo con..."
    r"(?:(?:la|el|the|die|der|la|il|a|o)\s+)?(?:grandma|granny|nana|nan|grandpa|grandad|granddad|oma|opa|abuela|abuelo|"
    r"nonna|nonno|mamie|papy|papi|avo)\s*(?:,|y|and|et|und|e|&|\+)\s*(?:(?:la|el|the|die|der|il|a|o)\s+)?"
    r"(?:grandma|granny|nana|nan|grandpa|grandad|granddad|oma|opa|abuela|abuelo|nonna|nonno|mamie|papy|papi|avo))"
    r"(?=\s*(?:\+|&|,|(?:and|y|e|et|und|with|con|com|avec|mit|de|of|di|do|von|piu|plus|mas|mais)\b))"
)
_PARENTS_AND_SELF = re.compile(
    # (the parents said familiarly: "con mis viejos", "with my folks", "com os meus velhos", "avec mes vieux")
    r"\b(?:with my|con mis|avec mes|mit meinen|con i miei|com os meus|com meus)\s+(?:parents|padres|eltern|genitori|pais|"
    r"folks|viejos|velhos|vieux|vecchi|alten|oldies)\b|"
    r"\b(?:my|mis|meus|os meus|mes|meine|meinen|i miei|miei)\s+(?:parents|padres|pais|eltern|genitori)\s*"
    r"(?:and|y|e|et|und|,)\s*(?:i|me|yo|eu|moi|ich|mich|io)\b|"
    r"\b(?:i|me|yo|eu|moi|ich|io)\s*(?:and|y|e|et|und|,|with|con|com|avec|mit)\s*"
    r"(?:my|mis|meus|os meus|mes|meine|meinen|i miei|miei)\s+(?:parents|padres|pais|eltern|genitori)\b"
)
# A parent alone with the children: "me and my two kids", "yo con mis hijos", "ich mit meinen zwei Kindern".
_SELF_WITH_CHILDREN = re.compile(
    r"\b(?:i|me|myself|yo|mi|eu|mim|moi|ich|mich|io|ich reise|ich komme|ich fahre|komme|reise|viajo|vengo|voy|vou|je viens|"
    r"je voyage|je pars|i'?m travell?ing|i'?m coming|i travel|viaggio|(?:i'?ll|i will) be (?:travell?ing|coming))"
    r"(?:\s*\([a-z ]{1,20}\))?\s*"
    r"(?:and|with|y|con|e|com|et|avec|und|mit)\s+(?:(?:para|pra|pro|pros|for|pour|fur|per)\s+)?"
    r"(?:(?:my|mi|mis|meus|os meus|as minhas|minhas|o meu|a minha|meu|minha|mes|mon|ma|meine|meinen|meinem|meiner|mein|"
    # ("vou eu e os 2 miúdos", "me and the 2 kids": the children with an article)
    rf"i miei|le mie|miei|mie|il mio|la mia|mio|mia|os|as|los|las|the|die|les|i|le)\s+(?:(?:{NUMBER})\s+)?|(?:{NUMBER})\s+)"
    r"(?:(?:little|small|pequenos|petits|kleinen|piccoli)\s+)?"
    # ("me and my 4-year-old twins", "ich und meine Zwillinge")
    r"(?:\d{1,2}[- ](?:year|yr)s?[- ]old\s+)?"
    r"(?:twins|gemelos|gemelas|mellizos|mellizas|gemeos|gemeas|jumeaux|jumelles|zwillinge|zwillingen|gemelli|gemelle|"
    r"kids|children|sons|daughters|boys|girls|hijos|hijas|ninos|ninas|peques|filhos|filhas|criancas|miudos|enfants|"
    r"fils|filles|kinder|kindern|sohne|sohnen|tochter|tochtern|bambini|figli|figlie|bimbi|jungs|buben|buam|"
    r"son|daughter|kid|child|hijo|hija|nino|nina|filho|filha|fille|enfant|sohn|kind|figlio|figlia|bambino|bambina|"
    r"grandchildren|grandkids|granddaughters|grandsons|nietos|nietas|netos|netas|petits-enfants|petites-filles|"
    r"petits-fils|enkelkinder|enkelkindern|enkel|enkelinnen|nipotini|nipotine)\b"
)
# The writer last after their children ("mis dos hijos de 8 y 12 y yo", "my two boys and me"): one adult.
_CHILDREN_THEN_SELF = re.compile(
    rf"\b(?:mis|my|meus|os meus|mes|meine|meinen|i miei|miei)\s+(?:(?:{NUMBER})\s+)?(?:hijos|hijas|kids|children|"
    r"sons|daughters|boys|filhos|filhas|enfants|kinder|kindern|figli|bambini|ninos|ninas|peques|criancas|jungs)\b"
    r"[^.;!?]{0,25}?\s(?:y yo|and i|and me|e eu|et moi|und ich|e io|ed io)\b|"
    # one child with its age ("mon fils Léo (8 ans) et moi", "my daughter (6) and I")
    r"\b(?:mi|my|mon|ma|mein|meine|meinem|mio|mia|il mio|la mia|meu|minha|o meu|a minha)\s+(?:hijo|hija|son|daughter|"
    r"fils|fille|sohn|tochter|figlio|figlia|filho|filha)(?:\s+[a-z]{2,12})?\s*(?:\(\s*(?:1[0-7]|[1-9])\b[^)]{0,12}\)|"
    r",?\s*(?:de|di|von|of|aged?)\s+(?:1[0-7]|[1-9])\b[a-z ]{0,8})\s*(?:y yo|and i|and me|e eu|et moi|und ich|e io|ed io)\b"
)
# The writer and someone named by first name, then a verb of the two ("eu e a Carol queríamos", "yo y Carlos queremos",
# "ich und die Anna suchen", "me and Tom want"): two adults.
_SELF_AND_NAMED = re.compile(
    r"\b(?:eu|yo|io|ich|moi|me|i)\s+(?:e|y|und|et|and|&)\s+(?:(?:a|o|la|el|il|der|die)\s+)?(?P<name>[a-z]{3,12})\s+"
    r"(?:queriamos|queremos|gostariamos|precisamos|pretendemos|quisieramos|buscamos|necesitamos|vorremmo|vogliamo|"
    r"cerchiamo|wollen|mochten|suchen|voulons|voudrions|cherchons|want|would like|are looking|need)\b"
)
# The same with the one named first, opening a sentence ("Declan and myself are celebrating our anniversary", "Marta y yo
# queremos", "Luc et moi voulons", "Jonas und ich möchten", "Luca e io vorremmo", "o Rui e eu queremos").
_NAMED_AND_SELF = re.compile(
    r"(?:^|[.!?\n]\s*)(?:(?:a|o|la|el|il|der|die)\s+)?"
    r"(?!(?:thanks|thank|hello|hey|hiya|yes|sorry|please|hola|gracias|merci|bonjour|salut|danke|hallo|grazie|ciao|"
    r"salve|obrigad[oa]|buenas|bueno|well|then|entonces|pues|dann|allora|quindi|alors|donc|okay|yeah|sure|claro|"
    r"mais|aber|pero|but|also|and|now|ahora|agora|jetzt|maintenant|adesso|ora)\b)"
    r"(?P<name>[a-z]{3,12})\s+(?:e|y|und|et|and|&)\s+"
    r"(?:myself|i|yo|eu|moi|ich|io)\s+(?:are|were|will|would|want|somos|vamos|queremos|quisieramos|seremos|estamos|"
    r"sommes|serons|voulons|voudrions|allons|sind|wollen|mochten|kommen|werden|siamo|saremo|vogliamo|vorremmo|"
    r"andiamo|queremos|gostariamos|vamos|estamos)\b"
)
# An adult added by name after a plus: "2 adults + 2 kids + grandma", "2 Erw. + Oma".
_PLUS_ADULT = re.compile(
    r"\+\s*(?:(?:the|la|el|a|o|die|der|il|my|mi|ma|mon|meine|mia|minha|nuestra|notre|unsere)\s+)?"
    r"(?:grandma|grandpa|granny|nan|abuela|abuelo|mamie|papy|oma|opa|nonna|nonno|avo|avoa|friend|amiga|amigo|amie|ami|"
    r"freundin|freund|amica|amico|nanny|au pair|babysitter|ninera|nounou|tata)\b"
)
# Grandparents added after the adults counted ("zwei Erwachsene, zwei Kinder (4 und 9) sowie Oma und Opa", "2 adults,
# 2 kids plus grandma and grandpa", "dos adultos, dos niños y además los abuelos", "2 adultes, 2 enfants ainsi que les
# grands-parents", "2 adulti, 2 bambini e in più i nonni", "2 adultos, 2 crianças e ainda os avós"): two adults more.
_PLUS_GRANDPARENTS = re.compile(
    r"(?:\+|\b(?:sowie|plus|as well as|ainsi que|ademas de|y ademas|y tambien|nonche|e in piu|e anche|alem de|e ainda|"
    r"e tambem|und noch|and also|et aussi|and)\b)\s*(?:(?:the|los|les|die|i|os|our|nuestros|nos|unsere|i nostri|os nossos)\s+)?"
    r"(?:grandparents|abuelos|grands-parents|grosseltern|nonni|avos|"
    r"(?:grandma|granny|nan|nana|abuela|mamie|oma|nonna|avo)\s+(?:and|y|et|und|e|&|\+)\s+"
    r"(?:grandpa|grandad|abuelo|papy|opa|nonno|avo))\b"
)
# "eu + 👶" (read "eu + baby"), "me & 2 kids": the writer alone with the children.
_SELF_PLUS_CHILD = re.compile(
    rf"\b(?:i|me|myself|yo|eu|mim|moi|ich|mich|io)\s*(?:\+|&|plus|mas|piu|mais)\s*"
    # ("Me plus my two grandsons (they're 9 and 12)")
    r"(?:(?:my|mis|mes|meine|meinen|i miei|le mie|miei|mie|os meus|as minhas|meus|minhas)\s+)?"
    rf"(?:(?:{NUMBER})\s+)?{_CHILD}\b"
)
# Twins are two children; ages listed after the children count them ("con niños de 4 y 7 años").
_TWINS = re.compile(
    r"\b(?:twins|gemelos|gemelas|mellizos|mellizas|gemeos|gemeas|jumeaux|jumelles|zwillinge|zwillingen|gemelli|gemelle)\b"
    r"|\btwin\s+(?:babies|boys|girls|sons|daughters|kids|toddlers)\b"  # "two adults and twin babies"
)
# "two twins and a double", "twins rooms": rooms, not children ("twin" before a count or a room word).
_TWIN_ROOMS = re.compile(rf"\b(?:{NUMBER}) twins\b|\btwins\s+(?:rooms?|beds?)\b")
_AGES_LISTED = re.compile(
    r"\b(?:kids|children|ninos|ninas|hijos|hijas|peques|criancas|filhos|filhas|enfants|kinder|kindern|bambini|figli|bimbi|"
    # ("os miúdos (3 e 8 anos)", "les gosses de 4 et 9 ans", "i bimbe", "las nenas de 2 y 5")
    r"miudos|miudas|gosses|figlie|bimbe|bambine|nenes|nenas|chicos|chavales|crios|"
    # boys and girls with their ages are children ("deux garçons de 10 et 13 ans", "zwei Jungs von 10 und 13")
    r"boys|girls|chicos|chicas|meninos|meninas|garcons|filles|jungs|jungen|madchen|ragazzi|ragazze|"
    # nieces and grandchildren with their ages ("my two nieces (9 and 11)"), and "deux petits de cinq et sept ans"
    r"nieces|nephews|sobrinos|sobrinas|sobrinhos|sobrinhas|neveux|neffen|nichten|nipoti|grandchildren|grandkids|nietos|"
    r"nietas|netos|nipotini|petits-enfants|enkel|enkelkinder|littles|petits|petites|pequenos|pequenas|piccoli|kleinen|"
    # Québec "trois jeunes de 4, 7 pis 10 ans" (only with their ages: "jeunes" alone may be grown)
    r"jeunes)"
    # the ages said in a clause of their own ("los peques, que tienen 3 y 6 años", "the kids pls, theyre 12 and 15")
    r"(?:\s*,?\s*(?:pls|please|porfa|plz)?\s*,?\s*(?:que tienen|que tem|que tenem|qui ont|ils ont|they'?re|theyre|"
    r"they are|sie sind|die sind|che hanno|hanno|tienen|tem|ont|sind|are)(?=\s*\d))?"
    # ("nossos filhos, de 12 e 16 anos": the ages after a comma, with their preposition)
    r"(?:\s*,\s*(?=(?:aged|ages|of|de|von|di|im alter von)\s+\d))?"
    # ("Two adults and our kids, 4 and 7": the ages as bare digits after a comma)
    r"(?:\s*,\s*(?=\d{1,2}\s*(?:,|y|and|e|et|und|pis|&)\s*\d{1,2}\b(?!\s*(?:\d|[a-z]*(?:night|noche|noite|nuit|nacht|nott|room|adult|habitac|quart|chambr|zimmer|camer|stanz|person|pessoa|people|gast|gaste|ospit)))))?"
    r"\s*\(?\s*(?:aged|ages|of ages|of|de|von|di|im alter von|com|avec|mit)?\s*"
    rf"(?P<ages>(?:\d{{1,2}}|{NUMBER})(?:\s*(?:,|y|and|e|et|und|pis|&)\s*(?:\d{{1,2}}|{NUMBER}))+)\b"
    r"(?!\s*(?:\d|de (?:[a-z]+)|/))"
)
_AGED = re.compile(
    r"\b(?:a|an|one|our|my)\s+(?:(?:1[0-7]|0?[1-9])[ -]?(?:year|yr)s?|\d{1,2}[ -]?months?)[ -]old\b"
)
# "myself and 2 colleagues", "yo y 3 amigos": the writer and that many more.
# ("me and my two colleagues", "viajo con mis dos hermanas", "ich reise mit meinen drei Brüdern": the same)
_OTHER_ADULTS = (
    r"(?:friends|mates|buddies|pals|potes|gars|mecs|nanas|guys|lads|blokes|kumpels|spezln|compas|colleagues|co-?workers|amig[oa]s|colegas|companer[oa]s|"
    r"amis|amies|collegues|freunde|freundinnen|kollegen|kolleginnen|amici|amiche|colleghi|colleghe|"
    r"sisters|brothers|cousins|hermanas|hermanos|primas|primos|irmas|irmaos|primas|soeurs|freres|cousines|schwestern|"
    r"brudern|bruder|cousinen|sorelle|fratelli|cugini|cugine|"
    # people who come for a race or a tour ("2 runners :)", "4 ciclistas", "3 Wanderer")
    r"runners|cyclists|hikers|golfers|bikers|skiers|climbers|surfers|ciclistas|corredores|senderistas|cyclistes|"
    r"randonneurs|coureurs|skieurs|radfahrer|wanderer|skifahrer|ciclisti|escursionisti|sciatori|"
    # grown women and men of a group ("'ne JGA-Truppe, 8 Mädels", "a hen party, 8 ladies", "6 hommes")
    r"madels|madls|ladies|gals|women|men|mujeres|hombres|femmes|hommes|donne|uomini|mulheres|homens|frauen|manner|"
    # said familiarly ("Despedida de solteiro aqui, 10 caras", "8 tíos", "6 tipi", "10 Typen")
    r"caras|manos|tios|tias|tipos|tipi|typen|kerle|dudes|chaps|gajos|gajas|minas|meufs)"
)
_SELF_AND_N = re.compile(
    r"\b(?:myself|moi-meme|yo mismo|yo misma|eu mesmo|eu mesma|me stesso|me stessa|mich selbst|"
    r"me|i|yo|mi|eu|mim|moi|ich|mich|io|i'?m travell?ing|i'?m coming|i travel|viajo|vengo|voy|vou|venho|"
    r"je viens|je voyage|ich komme|ich reise|ich fahre|viaggio|vengo)\s*"
    r"(?:and|y|e|et|und|\+|&|con|with|com|avec|mit)\s+"
    r"(?:(?:my|mis|meus|os meus|as minhas|minhas|mes|meine|meinen|i miei|le mie|miei|mie)\s+)?"
    # "eu e mais três colegas", "myself and 3 others from work", "ich und noch zwei Kollegen"
    r"(?:(?:mais|more|plus|piu|noch|otros|otras)\s+)?"
    rf"{_NUM}\s+(?:{_OTHER_ADULTS[3:-1]}|others|otros|otras|outros|outras|autres|altri|altre|andere|anderen|weitere|"
    # "myself and three of our field engineers", "para mí y tres de nuestros técnicos", "für mich und drei unserer
    # Techniker": that many of the writer's people
    r"of (?:our|my|the) |de (?:nuestros|nuestras|mis|los|las) |de (?:nos|mes) |dos (?:nossos|meus) |das (?:nossas|minhas) |"
    r"dei (?:nostri|miei) |delle (?:nostre|mie) |unserer |meiner )"
    # ("me and two of my children": children, not adults)
    rf"(?!(?:[a-z]+\s+)?{_CHILD}\b)"
)
# "cuatro, dos de ellos niños", "5, 3 of them kids": the first number is everyone.
_TOTAL_THEN_OF_THEM = re.compile(
    rf"\b{_NUM}\s*,?\s*(?:{NUMBER})\s+(?:de ellos|de ellas|of them|of whom|deles|delas|di loro|d'entre eux)\b"
)
_PEOPLE = re.compile(
    rf"\b{_NUM}\s+(?:(?:seule?|sola|solo|single|only|einzige|sozinha|sozinho)\s+)?{_PERSON}\b"
)
# A room, then another one for someone ("y otra para los niños", "et une autre pour 3", "e una per i ragazzi").
_ANOTHER = (
    r"(?:otra|outra|outro|otro|une autre|un autre|another|one more|un'altra|un' altra|un altra|un altro|noch eins|eins|"
    r"noch eines|noch ein|una|uma|um|une|one)"
)
_ANOTHER_ROOM = re.compile(
    rf"(?:\b(?:y|e|et|and|und)|,)\s+{_ANOTHER}\s+(?:para|pra|pros|pras|pour|for|per|fur)\b"
)
# A room for some and one for others: the people of each room add up.
_ROOMS_EACH_FOR = re.compile(
    rf"(?:\b(?:y|e|et|and|und)|,)\s+{_ANOTHER}(?:\s+[a-z]+)?\s+(?:para|pra|pour|for|per|fur)\s+{NUMBER}\b"
)
_OTHER_ONE = (
    r"(?:otr[ao]|outr[ao]|another|one other|une autre|un autre|un'altra|un altro|altr[ao]|noch ein(?:e|es)?)"
)
_ROOMS = re.compile(
    rf"\b(?:{_NUM}|(?P<other>{_OTHER_ONE}))\s+(?:(?:big|grandes?|kleine|petites?|fam|dbl|sgl|twn|connecting|adjoining|adjacent|interconnecting|communicating|"
    rf"separate|family|standard|superior|deluxe|quiet|cheap|private|king|queen|large|nice|small|"
    # "zwei nebeneinander liegende Zimmer", "drei Einzelzimmern" (dative)
    # ("ein barrierefreies Doppelzimmer sowie ein Einzelzimmer": an adjective before a compound too)
    # ("ein eigenes Zimmer" for one of the party is one of the rooms counted, no room more)
    rf"(?:(?:nebeneinander|aneinander|miteinander|direkt) )?(?:[a-z]+(?:e|en)(?=\s+zimmern?\b)|"
    rf"[a-z]+(?:e|en|es|er)(?=\s+[a-z]+zimmern?\b)))\s+)?(?:{_ROOM}\b{_NOT_A_BED}|"
    # French "ch." for "chambre" after a count ("1 ch. dbl du 3 au 6 nov.", "2 ch doubles")
    r"ch\b(?=\.|\s+(?:dbl|doubles?|simples?|twins?|triples?|familiales?|pour|pr)\b))"
)
_WE_ARE = re.compile(
    rf"\b(?:vamos a ser|vamos ser|van a ser|we'?re gonna be|we are going to be|there'?ll be|nous allons etre|"
    rf"wir werden .{{0,12}}sein|vamos em|iremos em|(?<!\bpara )(?<!\bpra )(?:ir|vir|viajar) em|a gente vai em|a gente e em|a gente vai ser|seremos em|"
    rf"estaremos em|vamos a ir|iriamos|iremos|vendremos|vendriamos|venimos|"
    rf"on vient a|nous venons a|on sera a|nous serons a|on est a|on part a|nous partons a|on viendra a|"
    rf"veniamo in|verremo in|verremmo in|arriviamo in|saremmo in|"
    # the party shrinking: "nous ne serons que 2", "on ne sera plus que 3"
    rf"nous ne serons (?:plus )?que|on ne sera (?:plus )?que|nous serons plus que|on sera plus que|somos|seremos|we are|we're|we will be|there are|there will be|sera[nm]os|nous sommes|on est|nous serons|"
    rf"wir sind|wir sind zu|wir werden|wir waren|siamo|saremo|saremmo|siamo in|saremo in|vamos|viajamos|estaremos|"
    rf"seriamos|seremos|seriam|somos em|we'll be|we would be|we'd be|on sera|on serait|on va etre|nous serions|mir sind|mir san|"
    # the party of a changed booking: "seguimos siendo dos", "continuamos a ser dois", "we're still two"
    rf"seguimos siendo|seguiremos siendo|continuamos (?:a ser|sendo)|we'?re still|we are still|"
    # the party growing: "diventiamo 3", "on sera finalement 3"
    rf"diventiamo|diventeremo|siamo diventati|"
    rf"kommen nur noch|kommen jetzt nur noch|kommen nur|sind nur noch|sind jetzt nur noch|"
    # Roman "semo in tre"
    rf"mia san|mia sind|wir san|semo in|semo)\s+(?:(?:en total|in total|in all|insgesamt|in tutto|au total|en tout|"
    rf"ao todo|no total|finalement|finalmente|finally|ahora|agora|now|jetzt|adesso|ora|al final|enfin|"
    rf"so|solo|only|just|seulement|apenas|solamente|soltanto|nur noch|nur)\s+)?{_NUM}\b"
    # ("saremo in 4: si aggiungono due amici": a colon before words is no clock time)
    r"(?!\s*(?:noches?|nights?|noites?|nuits?|notti|nachte|nacht|dias|days|de\b|/|\.\d|:\d|:\s*\d{2}\b|"
    # "we are 2 hours late", "llegamos 20 minutos tarde": no party
    r"hours?|hrs?|minutes?|mins?|horas?|minutos|heures?|stunden|minuten|ore\b|minuti|"
    # "vamos em 2 carros": cars, no party
    r"carros|coches|cars|voitures|autos|macchine|motos|"
    # "we're due to check out on Sunday": English "due to", no Italian two
    r"(?<=due)\s+to\b))"
)
# "estábamos a pensar ir los cuatro", "vamos os três", "iremos las cinco": that many going.
_GOING_ALL = re.compile(
    r"\b(?:ir|vamos|iremos|iriamos|vendremos|venimos|viajamos|viajaremos|seremos|estaremos|vamos a ir|vamos ir|"
    r"vao|irao|viemos|viremos)\s+(?:los|las|os|as)\s+"
    rf"(?P<n>{NUMBER})\b(?!\s*{_DAY_OF_MONTH})(?!\s*(?:noches?|noites?|dias?|semanas?|/|\.\d|:))"
)
# "family of four", "una familia de 5", "party of 6", "four of us": everyone in the party.
_GROUP_OF = re.compile(
    rf"\b(?:family|familia|famille|famiglia|familie|party|group|grupo|groupe|gruppe|gruppo)"
    # ("un grupo de trabajo de 6", "un groupe de travail de 6", "un gruppo di lavoro di 6")
    r"(?:\s+(?:de trabajo|de travail|di lavoro|de trabalho))?\s+(?:of|de|di|von|mit|aus)\s+"
    rf"{_NUM}\b(?!\s*(?:noches?|nights?|dias|days|/|\.\d|:|(?:a|al|ao|to|au|bis|-)\s*\d|{_CHILD}\b))(?!\s*{_DAY_OF_MONTH})|"
    rf"\b(?P<n2>{NUMBER})\s+(?:of us|de nosotros|d'entre nous)\b"
)
# A bare count opening a clause and a child after "and" ("deux pis le bébé", "dos y el peque", "two and the baby",
# "zwei und das Baby", "due più il bambino"): that many adults, the child on top.
_N_AND_CHILD = re.compile(
    rf"(?:^|[,.;:!?]\s*)(?P<n>{NUMBER})\s+(?:pis|et|and|y|e|und|plus|mas|piu|mais|\+|&)\s+"
    r"(?:(?:le|la|les|el|los|las|the|our|das|der|die|den|il|lo|i|gli|o|a|os|as|notre|nos|nuestro|nuestra|nuestros|"
    rf"unser|unsere|unseren|il nostro|la nostra|i nostri|o nosso|a nossa|os nossos)\s+)?(?:(?:{NUMBER})\s+)?"
    r"(?:(?:little|small|petite?s?|pequen[oa]s?|kleine[nr]?|piccol[oaie])\s+)?"
    rf"(?:{_CHILD}|nino|nina|hijo|hija|son|daughter|sohn|tochter|figlio|figlia|filho|filha|fille|bebe)\b"
)
# French "à trois" said of the party ("On aimerait venir chez vous ..., à trois.", "partir à quatre avec le bébé"):
# that many ("à deux" is a couple; "à trois heures", "à trois minutes" are no party).
_A_N = re.compile(
    r"(?:(?:^|[,;:])\s*|\b(?:venir|partir|voyager|aller|arriver|passer|dormir|loger|sejourner|reserver|etre|serons|"
    # (the conditional and the present too: "Nous viendrions à trois, lui, son aide-soignante et moi")
    r"sera|serait|viendrons|viendra|viendrions|viendrait|serions|irions|partirions|voyagerions|arriverions|venons|"
    r"partons|arrivons|voyageons)\s+)a\s+(?P<n>trois|quatre|cinq|six|sept|huit|neuf|dix)\b"
    r"(?=\s*(?:[.!?,;)]|$|(?:et|avec|pis|plus|adultes|personnes)\b))"
)
_SELF = r"(?:i|me|myself|yo|mi|eu|mim|moi|ich|mich|io|me stesso)"
# "pra nós 3", "for us 4", "nosotros tres", "wir drei", "noi quattro": that many ("nos trois enfants" is "our").
_US_N = re.compile(
    r"(?:\b(?:para|pra|p/)\s+nos|\b(?:for|fur)\s+(?:us|uns|eus|ois)|"
    r"\b(?:(?:para|pra|pour|fur|per)\s+)?(?:nosotros|nosotras|nous|noi|wir|mir))"
    rf"\s+{_NUM}\b(?!\s+{_CHILD}\b)(?!\s*{_DAY_OF_MONTH})"
    r"(?!\s*(?:noches?|nights?|noites?|nuits?|nachte|notti|dias?|days?|jours?|tage|giorni|semanas?|weeks?|"
    r"minut[eiaos]*n?|hours?|horas?|heures?|stunden?|ore\b|"
    # ("Sie haben mir 30 € berechnet": Bavarian "mir" is "we", but a sum is no party)
    r"€|\$|£|eur\b|euros?\b|chf\b|franken\b|dollars?\b|pounds?\b|"
    # ("Sie haben mir 2x die Kurtaxe abgebucht": a count of things)
    r"(?:die|der|das|den|dem)\b|"
    r"/|\.\d|:|-\s*\d|de\s+\d|(?:a|al|ao|to|au|bis)\s+\d|" + _ROOM[3:-1] + r"))"
)
_POSS = (
    # (Bavarian "mei": "für mi und mei Freindin")
    r"(?:my|mi|mis|o meu|a minha|meu|minha|mon|ma|meine|mein|meiner|meinem|meinen|mei|la mia|il mio|mia|mio|con mi|with my|"
    r"com o meu|com a minha|com meu|com minha|avec mon|avec ma|mit meiner|mit meinem|con mia|con mio|mini|minere|minem|"
    r"min(?=\s+maa\b))"
)
_SPOUSE = (
    # Latin-American slang for a girlfriend ("yo y mi morra", "con mi jeva", "mi chava y yo")
    r"(?:wife|husband|partner|girlfriend|boyfriend|fiancee?|mujer|esposa|esposo|senora|marido|pareja|novia|novio|morra|jeva|chava|mulher|"
    r"noivo|noiva|verlobte|verlobter|verlobten|"
    # Brazilian "o mozão", "a patroa"
    r"mozao|patroa|"
    # Northern Italian "la morosa", "il moroso"
    r"morosa|moroso|"
    r"namorada|namorado|companheira|companheiro|femme|mari|epouse|epoux|copine|copain|compagne|compagnon|conjointe|conjoint|frau|"
    r"mann|freundin|freund|freindin|freind|partnerin|lebensgefahrtin|lebensgefahrte|moglie|marito|compagna|compagno|fidanzata|fidanzato|"
    # (Swiss "min Maa": my husband)
    r"ragazza|ragazzo|hubby|hubs|wifey|missus|other half|better half|bf|gf|bae|cheri|cherie|chum|blonde|maa)"
)
# Another adult travelling with the writer: a friend, a colleague, a relative.
_COMPANION = (
    rf"(?:{_SPOUSE[3:-1]}|friend|mate|buddy|pal|bestie|bff|bro|sis|colleague|co-?worker|kumpel|kumpeline|spezl|spezi|"
    # a colleague from work ("mi compañero de trabajo y yo", "mon collègue de travail", "mein Arbeitskollege")
    r"companer[oa] de trabajo|collegue de travail|collega di lavoro|colega de trabalho|arbeitskollegin|arbeitskollege|"
    r"compa|compadre|parceiro|parceira|socio|socia|mother|mom|mum|father|dad|sister|brother|cousin|boss|amiga|amigo|pote|"
    r"companera|companero|colega|madre|padre|hermana|hermano|prima|primo|jefe|jefa|suegra|suegro|mae|pai|irma|irmao|"
    r"ami|amie|collegue|mere|pere|soeur|frere|cousine|kollege|kollegin|kollegen|mutter|vater|schwester|bruder|amica|"
    r"amico|collega|sorella|fratello|cugina|cugino|suocera|suocero|sogra|sogro|belle-mere|beau-pere|"
    r"schwiegermutter|schwiegervater|mother-in-law|father-in-law|grandma|grandpa|grandmother|grandfather|abuela|abuelo|"
    r"avo|nonna|nonno|oma|opa|mamie|papy|grand-mere|grand-pere|grossmutter|grossvater|aunt|uncle|tia|tio|tante|onkel|"
    r"zia|zio|mama|mami|mamma|mae|papa|papi|"
    # grandparents said familiarly ("me and my nan", "mi yaya", "ma mémé", "meine Omi", "la mia nonnina", "a minha vovó")
    r"nan|nana|nanna|granny|grandad|granddad|gramps|grandpa|yaya|abuelita|abuelito|meme|pepe|omi|opi|nonnina|nonnino|"
    r"vovo|vozinha|vozinho|maman|"
    # a child's godparents ("une pour le parrain et la marraine", "para los padrinos", "für die Patentante")
    r"godmother|godfather|madrina|padrino|marraine|parrain|patin|patentante|patenonkel|taufpaten|taufpate|taufpatin|madrinha|"
    r"padrinho|"
    r"cognata|cognato|cunada|cunado|cunhada|cunhado|belle-soeur|beau-frere|schwagerin|schwager|sister-in-law|"
    r"brother-in-law|nanny|au pair|babysitter|ninera|baba|nounou|kindermadchen|tata|"
    # one who cares for an elderly guest ("a twin for my mother-in-law and her carer")
    r"carer|caregiver|cuidadora|cuidador|auxiliaire de vie|aide-soignante|pflegerin|pfleger|betreuerin|badante|"
    r"acompanhante|acompanante)"
)
_DET = (
    rf"(?:{_POSS[3:-1]}|a|an|una|un|um|uma|une|ein|eine|einem|einer|einen|un'|un mio|una mia|une de mes|un de mes|"
    r"uno de mis|una de mis|um dos meus|uma das minhas)"
)
# "me, my wife and our two kids", "Meine Frau, ich und...", "viajo con mi esposo", "para mim e para o meu marido".
# The writer saying they come, stay or plan a trip ("viajo", "I'm planning", "ich plane", "je séjourne"): who comes
# "with" them is besides the writer.
_TRAVEL_VERB = (
    r"(?:viajo|voy|vengo|ire|vamos|travell?ing|i'?m coming|i'?ll come|i come|"
    r"(?:i'?ll|i will) be (?:coming|travell?ing|staying|arriving)|i'?ll be|vou|venho|viajo|je viens|"
    r"je voyage|je serai|je viendrai|je vais venir|vendre|viajare|irei|vou ir|i will come|i will be|verro|viaggero|"
    r"ich komme|ich reise|ich bin|vengo|viaggio|saro|"
    r"i'?m planning(?: a trip| to come)?|i plan to come|i'?m staying|i'?ll stay|i am coming|i am travell?ing|"
    r"planeo ir|pienso ir|me quedo|me quedare|llego|estare|chego|fico|vou ficar|pretendo ir|"
    r"je compte venir|je souhaite venir|je reste|je sejourne|j'arrive|arrivo|staro|soggiorno|vado|"
    r"ich plane|ich verreise|ich ubernachte|ich bleibe|ich urlaube|ich fahre)"
)
# "And" between the people of a party: a comma, the six languages' "and", a plus or an ampersand.
_AND = r"(?:,|y|and|e|et|und|ed|pis|\+|&)"
# "For" before one of them ("para mim, o meu marido e a minha sogra").
_FOR = r"(?:para\s+|pra\s+|pour\s+|fur\s+|per\s+)?"
# (a companion with an age under 18 is a child: "mi hermana de 12 años", "my brother (15)")
_MINOR_AGE_AFTER = (
    r"(?!\s*(?:\(\s*(?:1[0-7]|0?[1-9])\b|,?\s*aged?\s+(?:1[0-7]|0?[1-9])\b|"
    r",?\s*(?:de|di|von|of)\s+(?:1[0-7]|0?[1-9])\s*(?:anos|ano|ans|anni|jahren?|years?)\b))"
)
_SELF_AND_SPOUSE = re.compile(
    # (each alternative starts at a word, looked at once: not by the fifteen in turn at every character)
    r"\b(?:"
    r"(?:me|i|myself)\s*(?:\+|&|and|n|,)\s*(?:the\s+)?(?:hubby|hubs|wifey|missus|other half|better half)\b|"
    # "eu meu marido" (Brazilian, without the article or a comma)
    rf"(?:me|yo|eu|moi|ich|io)\s+(?:my|mi|a minha|o meu|minha|meu|ma|mon|meine|mein|mia|mio)\s+{_SPOUSE}\b|"
    rf"{_SELF}(?:\s*\([a-z ]{{1,20}}\))?\s*(?:,|y|and|n|e|et|und|ed|\+|&)\s*"
    rf"(?:para\s+|pra\s+|pro\s+|p/\s*|pour\s+|fur\s+|per\s+)?{_DET}\s+{_COMPANION}\b|"
    # "mi esposo yo y los dos chamacos" (a voice note without the "and")
    rf"{_POSS}\s+{_SPOUSE}\s+(?:yo|eu|io|ich|moi)\s+(?:y|e|und|et)\b|"
    # "me + gf", "ich + Freundin", "eu + namorada": a plus needs no article.
    rf"{_SELF}\s*(?:\+|&)\s*{_COMPANION}\b|"
    # the partner's name between ("My husband Gerald and I", "mi marido Luis y yo", "mein Mann Peter und ich")
    rf"{_POSS}\s+{_SPOUSE}\s+[a-z]{{3,12}}\s+(?:and i|and me|and myself|y yo|e eu|et moi|und ich|e io|ed io)\b|"
    # ("ma cousine me demande": no "cousin" and "me")
    rf"{_DET}\s+{_COMPANION}\b\s*{_AND}\s*(?:para\s+|pra\s+|pour\s+|for\s+|per\s+)?{_SELF}\b|"
    # "soy Pilar y mi marido Ramón", "sou a Teresa e o meu marido": the writer named (or the name read out), then a
    # companion
    rf"(?:soy|sou|i'?m|je suis|ich bin|sono)\s+(?:(?:el|la|o|a|der|die|il)\s+)?(?:[a-z]+\s*)?"
    rf"(?:{_AND[3:-1]})(?<!,)\s+{_DET}\s+{_COMPANION}\b|"
    # ("sono Will, un amico di Marta" is who writes, no companion; "soy Pilar, mi marido y yo" names one)
    rf"(?:soy|sou|i'?m|je suis|ich bin|sono)\s+(?:(?:el|la|o|a|der|die|il)\s+)?(?:[a-z]+\s*)?,\s*{_POSS}\s+"
    rf"{_COMPANION}\b"
    r")|"
    # "avec mon copain", "with my wife" opening a clause: the writer and that person
    rf"(?:^|[.,;!?]\s*)(?:con|with|com|avec|mit)\s+{_POSS}\s+{_SPOUSE}\b|"
    r"\b(?:"
    # "mi marido, mis dos hijos y yo": the writer last in a list that starts with the partner.
    rf"{_POSS}\s+{_SPOUSE}\s*,[^.?!;]{{0,40}}\b(?:y yo|and i|and me|e eu|et moi|und ich|e io|ed io)\b|"
    rf"(?:ich komme|ich reise|i'?m coming|i come|i travel|vengo|viajo|voy|vou|venho|viaggio|vengo|je viens|je voyage)\s+"
    rf"(?:con|with|com|avec|mit|con)\s+{_DET}\s+{_COMPANION}\b|"
    # "we" wishing to come with the writer's partner ("on voudrait venir le 31 décembre ... avec mon mari", "we'd like
    # to come with my wife"): the couple
    r"(?:on voudrait|on aimerait|on souhaiterait|nous voudrions|nous aimerions|we'?d like|we would like|"
    # ("Queremos ir con mi novia", "volevamo venire ... con la morosa")
    r"quisieramos|queriamos|queremos|vorremmo|volevamo|vogliamo|wir mochten|wir wurden gerne?|wir wollen|"
    r"gostariamos|queremos|we want|nous voulons|on veut)\b"
    r"(?:(?!hablar|consult|talk|speak|discuss|check|parler|sprechen|besprech|reden|falar|parlare|chat|verific)"
    rf"(?:[^.?!;\n]|(?<=\d)\.)){{0,60}}?\b(?:con|with|com|avec|mit)\s+{_POSS}\s+{_SPOUSE}\b|"
    # the writer wishing to come with someone ("Je voudrais venir chez vous à la Pentecôte avec mon mari", "I'd like
    # to spend a weekend by the lake with my wife", "quisiera ir en Semana Santa con mi madre", "vorrei venire con mia
    # sorella", "ich möchte mit meinem Freund kommen", "Gostava de voltar ... com a minha irmã"): the two of them
    # (a German day's dot, "vom 18. bis 20. Juli", ends no sentence)
    r"(?:je voudrais|j'aimerais|je souhaite|je souhaiterais|je compte|je veux|i'?d like|i would like|i want|"
    r"i'?d love|i would love|i'?m hoping|quisiera|quiero|me gustaria|queria|pretendo|gostaria|gostava|quero|queria|"
    r"vorrei|voglio|mi piacerebbe|ich mochte|ich will|ich wurde gerne?|ich hatte gerne?|ich plane)\b"
    # ("quiero consultarlo con mi marido", "I'd like to talk it over with my wife" say nothing of who comes)
    r"(?:(?!hablar|consult|talk|speak|discuss|check|parler|sprechen|besprech|reden|falar|parlare|chat|verific)"
    rf"(?:[^.?!;\n]|(?<=\d)\.)){{0,60}}?\b(?:con|with|com|avec|mit)\s+{_POSS}\s+{_COMPANION}\b{_MINOR_AGE_AFTER}|"
    rf"{_TRAVEL_VERB}\s+(?:con|with|com|avec|mit)\s+"
    rf"(?:mi|my|meu|minha|o meu|a minha|mon|ma|meiner|meinem|mia|mio|la mia|il mio)\s+"
    r"(?:(?:elderly|old|older|best|dear|mayor|anciana|anziana|anziano|idosa|idoso|agee|alten|alter|besten|migliore|"
    rf"melhor)\s+)?{_COMPANION}\b"
    r")"
)
# The writer's partner named, and a room "for us" ("I want to surprise my girlfriend ... your best room for us?",
# "quiero sorprender a mi mujer, ¿tienen una habitación para nosotros?"): the two of them.
_PARTNER = re.compile(
    r"\b(?:my|mi|mon|ma|meine[nm]?|mein|mia|mio|la mia|il mio|minha|meu|a minha|o meu)\s+(?:wife|husband|girlfriend|"
    r"boyfriend|fiancee?|partner|mujer|esposa|esposo|marido|novia|novio|femme|mari|epouse|copine|copain|cheri|cherie|"
    r"frau|mann|freundin|freund|verlobte[n]?|moglie|marito|fidanzata|fidanzato|ragazza|ragazzo|mulher|namorada|"
    r"namorado|noiva|noivo)\b"
)
_FOR_US = re.compile(
    r"\b(?:for us|para nosotros|para nosotras|para nos|pra nos|pour nous|fur uns|per noi)\b"
    rf"(?!\s*(?:{_AND}|con|with|avec|mit|com|todos|tous|alle|tutti|all|{NUMBER})(?:\s|$))"
)
# The writer listing several adults: "io, mia moglie e mia suocera" (3), "para mim, o meu marido e a minha sogra".
# The writer and one more, unnamed ("me plus one", "yo + 1", "me and another person", "ich und noch eine Person", "eu e
# mais uma pessoa", "moi et une autre personne"), or with a companion after "with" ("ich mit meiner Freundin", "yo con
# mi novia", "eu com a minha namorada") or Portuguese "mais" ("eu mais a patroa"): two adults.
_SELF_PLUS_ONE = re.compile(
    rf"\b{_SELF}\s*(?:\+|plus|mas|piu|mais)\s*(?:1|one|uno|una|un|um|uma|une|eins)\b"
    r"(?=\s*(?:[,.;:!?)]|$|(?:for|para|pra|pour|fur|per|del|from|du|vom|dal|de|on|el|le|am|il|o|a|please|pls|svp|bitte)\b))|"
    r"\b(?:i|me|myself|yo|eu|moi|ich|io)\s*(?:and|y|e|et|und|\+|&)\s*(?:noch |mais )?(?:another|one other|one more|otra|"
    r"otro|un'?\s?altra|un altro|une autre|un autre|outra|outro|uma|um|eine|einer|noch eine)\s+"
    r"(?:person|persona|personne|pessoa|persone|people)\b|"
    rf"\b(?:ich|yo|eu|moi|io)\s+(?:mit|con|com|avec)\s+{_DET}\s+{_COMPANION}\b{_MINOR_AGE_AFTER}|"
    # the writer saying they would come with one person ("Ich käme mit meiner Schwester", "I'd come with my sister",
    # "vendría con mi hermana", "je viendrais avec ma sœur", "verrei con mia sorella", "eu viria com a minha irmã")
    r"\b(?:ich (?:kame|komme|wurde kommen|reise|fahre)|i'?d come|i'?ll come|i would come|i will come|i'?ll be coming|"
    r"(?:yo )?(?:vendria|vendre|vengo|iria|ire)|je (?:viendrais|viendrai|viens)|(?:io )?(?:verrei|vengo|verro)|"
    r"(?:eu )?(?:viria|virei|venho|iria|irei|vou))\s+(?:mit|with|con|avec|com)\s+"
    rf"{_DET}\s+{_COMPANION}\b{_MINOR_AGE_AFTER}(?!\s*,?\s*(?:and|y|e|et|und|con|with|com|avec|mit)\b)|"
    rf"\beu mais (?:a |o )?(?:minha |meu )?{_COMPANION}\b"
)
_COMPANION_IN_LIST = rf"\s*{_AND}\s*{_FOR}{_DET}\s+{_COMPANION}\b{_MINOR_AGE_AFTER}"
_ADULT_LIST = re.compile(rf"\b{_SELF}(?:{_COMPANION_IN_LIST}){{2,}}")
# The same list with the writer last: "my wife, my mother and I", "mi mujer, mi madre y yo" (3).
_COMPANION_NAMED = rf"\b{_DET}\s+{_COMPANION}\b{_MINOR_AGE_AFTER}"
_ADULT_LIST_SELF_LAST = re.compile(
    rf"{_COMPANION_NAMED}(?:{_COMPANION_IN_LIST})+\s*{_AND}\s*{_FOR}"
    r"(?:i|me|myself|yo|eu|mim|moi|ich|mich|io|me stesso|mi(?=\s*(?:[.,;:!?)]|$)))\b"
)
_COMPANIONS_AFTER = re.compile(rf"(?:\s*{_AND}\s*(?:with\s+|con\s+)?{_DET}\s+{_COMPANION}\b)+")
# The writer coming with several adults: "I'm coming with my husband, my mum and my dad" (4).
_WITH_LIST = re.compile(
    rf"\b(?:{_TRAVEL_VERB[3:-1]}|{_SELF[3:-1]})\s+(?:con|with|com|avec|mit)\s+{_COMPANION_NAMED}(?:{_COMPANION_IN_LIST})+"
    r"(?P<with>)"
)
# "We" wishing to come with several adults ("on voudrait venir à la Pentecôte avec mon mari et ma maman", "we'd like to
# come with my husband and my mum", "queremos ir con mi marido y mi madre", "wir möchten mit meinem Mann und meiner
# Mutter kommen", "vorremmo venire con mio marito e mia madre", "gostaríamos de ir com o meu marido e a minha mãe"):
# the writer and each of them; so does the writer alone wishing it ("vorrei venire da voi per Pasqua con mia moglie e
# mia suocera", "I'd like to come with my wife and my mother-in-law", "quisiera ir con mi mujer y mi suegra" = 3).
_WE_WITH_LIST = re.compile(
    r"\b(?:on voudrait|on aimerait|on souhaiterait|nous voudrions|nous aimerions|we'?d like|we would like|we'?d love|"
    r"we would love|quisieramos|queriamos|queremos|nos gustaria|vorremmo|volevamo|ci piacerebbe|wir mochten|"
    r"wir wurden gerne?|gostariamos|queriamos|"
    r"je voudrais|j'aimerais|je souhaite|je souhaiterais|i'?d like|i would like|i'?d love|i would love|quisiera|"
    r"quiero|me gustaria|vorrei|mi piacerebbe|ich mochte|ich wurde gerne?|ich hatte gerne?|gostaria|gostava|quero)\b"
    # ("I'd like to talk it over with my wife and my mum" says nothing of who comes)
    r"(?:(?!hablar|consult|talk|speak|discuss|check|parler|sprechen|besprech|reden|falar|parlare|chat|verific)"
    r"(?:[^.?!;\n]|(?<=\d)\.)){0,60}?\b(?P<with>con|with|com|avec|mit)\s+"
    rf"{_COMPANION_NAMED}(?:{_COMPANION_IN_LIST})+"
)
# Friends counted without a verb ("pensamos ir tres amigas", "we're coming down as 4 friends"): that many adults.
# (After "with" they are besides the writer, which this leaves to the rules above.)
_N_FRIENDS = re.compile(rf"\b{_NUM}\s+(?:{_OTHER_ADULTS[3:-1]}|copains|copines)\b")
# Words after "me and" that name no one ("a room for me and also need parking").
_NOT_A_NAME = re.compile(
    r"also|then|just|now|still|really|only|tambien|ademas|aussi|auch|anche|tambem|solo|mais|nur|noch|dann|puis|luego|"
    r"depois|poi|todos|todas|tous|alle|tutti"
)
_N_FRIENDS_WORD = re.compile(
    rf"{_OTHER_ADULTS}|copains|copines|others|otros|otras|outros|outras|autres|altri"
)
_AND_SELF = re.compile(rf"\s*{_AND}\s*{_SELF}\b")
# The party listed one by one ("Mein Mann, ich, unsere zwei Jungs (5 und 8) und die Oma", "io, mio marito, i nostri
# due figli e mia suocera", "my grandparents, my parents, my sister and I", "dos adultos, mi suegra y tres niños",
# "viaggio con mia madre anziana e mio fratello"): the writer, each adult named, two for parents or grandparents,
# and N for "N adults"; children and pets named in the list count no adult (children are counted apart).
_LIST_DET = (
    rf"(?:(?:{_DET[3:-1]}|el|la|los|las|the|die|der|das|den|o|os|as|il|lo|i|gli|le|les|l'|unsere[nmr]?|unser|"
    r"nuestr[oa]s?|notre|nos|nostr[oaie]|i nostri|le nostre|i miei|le mie|noss[oa]s?|os nossos|as nossas|os meus|as minhas|our|my|"
    r"mis|mes|meus|"
    # whose partner ("minha irmã com o marido", "mi hermana con su marido", "my sister with her husband")
    r"su|sus|his|her|their|son|sa|ses|seu|sua|o seu|a sua|il suo|la sua|suo|sein|seine|seinem|seiner|ihrem|ihrer|ihre|"
    r"ihren|leur|"
    r"minhas|miei|mie|mei|meine|meinen|da|d')\s*)"
)
_LIST_ADJECTIVE = (
    r"(?:\d{2}[ -]?years?[ -]old|\d{2}-?jahrige[nr]?|elderly|old|older|dear|best|anciana|anciano|mayor|anziana|anziano|idosa|idoso|agee|age|alte|alten|alter|"
    r"betagte|migliore|melhor|meilleure?|beste[nr]?)"
)
_LIST_COMPANION = (
    # ("ich bin die Frau Huber": a title; "un ragazzo di 15 anni": a child)
    r"(?!(?:die|der|la|el|le|the|a|o)\s+(?:frau|herr|mann|senora|senor|signora|signore|madame|monsieur|mrs|mr)\b)"
    rf"{_LIST_DET}?(?:{_LIST_ADJECTIVE}\s+)?{_COMPANION}\b(?:\s+{_LIST_ADJECTIVE}\b)?"
    r"(?!\s*(?:\(\s*(?!(?:1[89]|[2-9]\d)\b)\d|,?\s*aged?\s+\d|,?\s*(?:de|di|von|of)\s+\d{1,2}\s*(?:anos|ano|ans|anni|jahren?|years?)\b))"
    # a grown-up's age in brackets is theirs ("für meinen Vater (82)", "my mum (79)", "ma mère (87 ans)")
    r"(?:\s*\(\s*(?:1[89]|[2-9]\d)\b[^()]{0,12}\))?"
)
_FAMILIAR_PARENTS = (
    r"(?:mis|my|mes|meus|os meus|miei|i miei|meine|meinen)\s+(?:viejos|folks|vieux|velhos|vecchi|alten)"
)
_LIST_PARENTS = (
    rf"(?:{_LIST_DET}?(?:{_LIST_ADJECTIVE}\s+)?(?:parents|grandparents|padres|papas|abuelos|suegros|in-laws|eltern|"
    r"grosseltern|schwiegereltern|genitori|nonni|suoceri|pais|avos|sogros|beaux-parents|grands-parents)\b|"
    # the parents said familiarly ("con mis viejos y mi hermana", "with my folks")
    rf"{_FAMILIAR_PARENTS}\b)"
)
_LIST_ADULTS_N = rf"(?:{NUMBER})\s+{_ADULT}"
_LIST_CHILDREN = (
    rf"{_LIST_DET}?(?:(?:{NUMBER})\s+)?(?:(?:little|small|young|pequen[oa]s?|petite?s?|kleine[nr]?|piccol[oaie])\s+)?"
    rf"(?:{_CHILD}|nino|nina|hijo|hija|son|daughter|sohn|tochter|figlio|figlia|filho|filha|fils|fille|twins|gemelos|gemelas|mellizos|gemeos|jumeaux|jumelles|zwillinge|gemelli|jungs|boys|"
    r"girls|chicas|madchen|"
    # a brother or sister with an age under 18 ("mi hermana de 12 años")
    r"(?:brother|sister|hermano|hermana|irmao|irma|frere|soeur|bruder|schwester|fratello|sorella)"
    # whose children they are ("os 2 filhos deles", "their two kids" is before)
    r"(?=\s*(?:\(\s*\d|,?\s*(?:de|di|von|of|aged?)\s+\d)))\b(?:\s+(?:deles|delas|de ellos|de ellas|di loro|d'eux))?"
    r"(?:\s*\([^()]{0,20}\))?"
    r"(?:\s*,?\s*(?:de|di|von|of|aged?|im alter von)\s+\d{1,2}(?:\s*(?:,|y|and|e|et|und)\s*\d{1,2})*"
    r"(?:\s*(?:anos|ano|ans|anni|jahren?|years?|meses|mois|mesi|monaten?|months?)\b)?)?"
)
_LIST_PET = (
    rf"{_LIST_DET}?(?:dog|perro|perrito|perrita|cao|cachorro|cachorrinho|chien|chienne|hund|hundin|cane|"
    r"cagnolino|cat|gato|chat|katze|gatto)\b(?:\s*\([^()]{0,20}\)|\s+(?:de|di|von|of)\s+\d{1,2}\s*[a-z]+)?"
)
# "um casal de amigos", "a couple of friends", "ein befreundetes Paar": two adults in a list of the party.
_LIST_A_COUPLE = (
    r"(?:una|un|a|uma|um|une|ein|eine|another|otra|outro)\s+(?:befreundetes\s+)?(?:pareja|couple|casal|coppia|paar|ehepaar)\b"
    r"(?:\s+(?:de|of|d'|di|von)\s*(?:amigos|amigas|friends|amis|amies|amici|freunden))?"
)
_LIST_SELF = r"(?:i|me|myself|yo|eu|mim|moi|ich|mich|io|mi(?=\s*(?:[,.;:!?)]|$|(?:y|and|e|et|und)\b)))"
_LIST_ITEM = (
    # ("mi" is the writer only when no one is named after it: "mi suegra")
    rf"(?:(?P<parents>{_LIST_PARENTS})|(?P<adults_n>{_LIST_ADULTS_N})\b|(?P<couple>{_LIST_A_COUPLE})|"
    # friends or colleagues counted in the list ("io, il mio ragazzo e due amici" = 4)
    rf"(?P<others_n>(?:{NUMBER})\s+{_OTHER_ADULTS})\b|"
    rf"(?P<companion>{_LIST_COMPANION})|"
    rf"{_LIST_CHILDREN}|{_LIST_PET}|(?P<self>{_LIST_SELF}\b))"
)
# ("minha irmã com o marido e os 2 filhos deles (4 e 9 anos), e minha tia": "with" joins the people of a list too)
_LIST_AND = (
    r"(?:\s*(?:,\s*)?(?:,|\by\b|\band\b|\be\b|\bet\b|\bund\b|\bed\b|\+|&|\bpis\b|\bcom\b|\bcon\b|\bwith\b|\bavec\b|"
    r"\bmit\b)\s*|"
    # "plus" said as a word ("una pareja más la abuela", "a couple plus grandma", "um casal mais a avó", "una coppia più
    # la nonna"; after a comma "mas"/"mais" is "but")
    r"\s+(?:plus|mas|mais|piu)\s+|"
    # a list typed fast with no commas ("mi mujer yo los dos crios de 5 y 9 años y la abuela", "siamo io il mio
    # ragazzo e due amici"): a space before the writer said as a subject or before a person's article or possessive
    # (not before "a couple": "me + gf 💑" says the two of them again)
    r"\s+(?!(?:a|o|un|una|um|uma|une|ein|eine)\s+(?:couple|casal|pareja|coppia|paar)\b)(?=(?:yo|eu|moi|ich|io|i|el|la|los|las|il|lo|gli|le|les|os|as|o|a|the|die|der|das|den|mi|mis|mio|mia|miei|mie|my|our|mon|ma|mes|"
    r"notre|nos|meu|minha|meus|minhas|mein|meine|meinen|unsere?|nuestr[oa]s?|nostr[oaie])\b))"
)
# ("estoy organizando un viaje con mis viejos y mi hermana", "planning a trip with my parents and my sister": the trip
# the writer plans is theirs)
_TRIP = (
    r"(?:un viaje|unas vacaciones|a trip|a holiday|a getaway|un voyage|un sejour|des vacances|eine reise|einen urlaub|"
    r"un viaggio|una vacanza|uma viagem|umas ferias)"
)
_LIST_START = rf"(?:\b(?:{_TRAVEL_VERB}|{_TRIP})\s+(?:con|with|com|avec|mit)\s+)"
_LIST_ITEM_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _LIST_ITEM)
_PARTY_LIST = re.compile(rf"(?P<start>{_LIST_START})?\b{_LIST_ITEM_PLAIN}(?:{_LIST_AND}{_LIST_ITEM_PLAIN})+")
_LIST_ITEM_RE = re.compile(rf"\b{_LIST_ITEM}")
# One parent with their children: "a mum and her 2 boys", "una madre con sus dos hijos", "un papa avec ses enfants".
_ONE_PARENT = re.compile(
    # "single mum with twins", "madre soltera con dos niños", "alleinerziehende Mutter mit zwei Kindern"
    r"\b(?:single (?:mum|mom|mother|dad|father|parent)|(?:madre|mama|padre|papa) solter[oa]|mae solteira|pai solteiro|"
    r"(?:mere|maman|pere|papa) (?:celibataire|solo)|alleinerziehende[rn]? (?:mutter|mama|vater|papa)|"
    r"(?:mamma|madre|papa|padre) single)\s+(?:(?:here|aqui|ici|hier|qui)\s+)?(?:with|con|com|avec|mit)\b|"
    r"\b(?:a|one|una|un|um|uma|une|ein|eine|einer)\s+(?:single\s+)?(?:mum|mom|mother|dad|father|parent|madre|padre|mama|"
    r"papa|mae|pai|mere|pere|maman|mutter|vater|mamma)\s+(?:and|with|y|con|e|com|et|avec|und|mit)\s+"
    r"(?:her|his|their|sus|su|seus|suas|ses|son|sa|ihren|ihrem|seinen|seinem|i suoi|le sue|il suo|la sua)\b"
)
# The writer saying they bring the children up alone ("ich bin alleinerziehend", "I'm a single mum", "soy madre
# soltera", "je suis maman solo", "sono una mamma single", "sou mãe solteira"): one grown-up with the children.
_SINGLE_PARENT_SAID = re.compile(
    r"\b(?:ich bin|i'?m|i am|soy|je suis|sono|sou)\s+(?:a\s+|una\s+|une\s+|eine?\s+|um\s+|uma\s+)?"
    r"(?:single (?:mum|mom|mother|dad|father|parent)|alleinerziehend\w*|(?:madre|mama|padre|papa) solter[oa]|"
    r"(?:mae|pai) solteir[oa]|(?:maman|papa) solo|(?:mere|pere) celibataire|(?:mamma|madre|papa|padre) single|"
    r"(?:ragazza|ragazzo) madre|monoparental)\b"
)
# The one a room is for, with their own children ("è per la zia della sposa con i suoi due figli", "it's for my sister
# and her two kids", "para mi hermana con sus dos hijos", "pour ma sœur avec ses deux enfants", "für meine Schwester
# mit ihren zwei Kindern", "pra minha irmã com os dois filhos dela"): one adult.
_ONE_WITH_HER_CHILDREN = re.compile(
    r"\b(?:for|para|pra|pour|fur|per)\s+(?:(?:la|il|lo|el|the|my|mi|ma|mon|meine|meinen|meiner|mia|mio|minha|meu|"
    r"a|o|our|nuestra|nuestro|notre|unsere|unseren|nostra|nostro|nossa|nosso)\s+)*[a-z]+"
    r"(?:\s+(?:della|dello|del|de la|del|de|of the|of|von der|vom|des|da|do))?(?:\s+[a-z]+)?"
    # (their name between commas: "pour notre client, M. Olivier Sarrazin, et ses deux enfants")
    r"(?:\s*,[^,!?;\n]{1,40},)?\s+"
    r"(?:and|with|y|con|e|com|et|avec|und|mit)\s+(?:(?:her|his|their|sus|su|ses|son|sa|ihren|ihrem|seinen|seinem|"
    r"i suoi|le sue|il suo|la sua|os|as|seus|suas|os seus|as suas)\s+)+"
    rf"(?:(?:{NUMBER})\s+)?{_CHILD}\b"
)
# "deux grands pis trois petits", "2 grandes y 3 chicos": the big ones are the adults, the small ones the children.
_BIG_AND_SMALL = re.compile(
    rf"\b(?P<a>{NUMBER})\s+(?:grands|grandes|grossen|grosse|grandi)\s*(?:et|pis|y|e|und|,|&|\+)\s*(?P<c>{NUMBER})\s+"
    r"(?:petits|petites|pequenos|chicos|chiquitos|kleinen|kleine|piccoli|pequenos)\b"
)
# A boy or a girl said beside grown-ups counted ("2 adulti e un ragazzo", "2 adults and a boy", "dos adultos y una
# chica"): a child, not a boyfriend.
_ADULTS_AND_A_YOUNG_ONE = re.compile(
    rf"(?P<head>\b(?:{NUMBER})\s+{_ADULT}\s*(?:,|y|and|e|et|und|ed|\+|plus)\s*)"
    r"(?:una|un|a|one|um|uma|une|ein|eine|einen)\s+"
    r"(?:ragazzo|ragazza|boy|girl|chico|chica|garcon|fille|junge|jungen|madchen|menino|menina|rapaz|rapariga)\b"
    r"(?!\s*\(?\s*\d)"  # ("2 adults, a boy (7) and a girl (4)": each counted with its age)
)
# The party given up before the one now said ("from 2 adults to 2 adults + 1 child", "de 2 adultos a 2 adultos y 1
# niño", "von 2 Erwachsenen auf 2 Erwachsene und 1 Kind", "statt 2 Erwachsene + 1 Kind sind wir jetzt 2 Erwachsene +
# 2 Kinder", "au lieu de 2 adultes et 1 enfant", "invece di 2 adulti e 1 bambino", "em vez de 2 adultos e 1 criança"):
# no party (only when grown-ups are counted again).
_PARTY_GIVEN_UP = re.compile(
    rf"\b(?P<word>from|de|von|da|des|{_INSTEAD_WORDS})\s+(?:{NUMBER})\s+{_ADULT}\b"
    rf"(?:\s*(?:,|\+|and|y|e|et|und|ed|plus|mit|with|con|com|avec)\s*(?:{NUMBER})\s+{_CHILD}\b)?"
)
_TO_PARTY = re.compile(rf"\s*,?\s*(?:to|a|auf|zu|para|pra|in|en)\s+(?:{NUMBER})\s+{_ADULT}\b")
# The party said as the sum that results ("so that makes 3 adults and 4 children", "ça fait 3 adultes", "das macht 3
# Erwachsene", "en total 3 adultos", "quindi 3 adulti", "ou seja, 3 adultos"): everyone, relatives joining among them.
_MAKES = re.compile(
    r"\b(?:that makes|which makes|makes it|making it|in total|en total|en tout|au total|ca fait|ce qui fait|"
    r"insgesamt|das macht|also|in tutto|in totale|quindi|no total|ao todo|ou seja|o sea|total)\s*:?\s*"
    rf"(?:(?:we are|we'?ll be|somos|seremos|sommes|serons|sind wir|siamo|saremo|seremos)\s+)?(?:{NUMBER})\s+{_ADULT}\b"
)
# The party's count said as a change ("saremo in tre invece che in due", "we'll be 3 instead of 2", "seremos 3 y no
# 2", "nous serons 3 au lieu de 2", "wir sind 3 statt 2", "seremos 3 em vez de 2"): a child said to come too is the
# one more, among the new count.
_COUNT_CHANGED = re.compile(
    rf"\b(?:{NUMBER}|zweit|dritt|viert|funft|sechst)\s+(?:e non|invece che|and not|not|y no|et non|et pas|und nicht|"
    rf"e nao|{_INSTEAD_WORDS})\s+"
    rf"(?:(?:in|de|zu|a)\s+)?(?:{NUMBER}|zweit|dritt|viert|funft)\b"
)
# A grown son or daughter with their partner ("for my son and his girlfriend", "pour ma fille et son compagnon", "für
# meinen Sohn und seine Frau", "para mi hija y su novio", "per mio figlio e sua moglie", "para o meu filho e a
# namorada"): two grown-ups, no child.
_CHILD_AND_PARTNER = re.compile(
    r"\b(?:my|our|mi|nuestro|nuestra|ma|mon|notre|mein|meinen|meinem|meine|meiner|unser|unseren|unserem|unsere|"
    r"unserer|mio|mia|il mio|la mia|nostro|nostra|il nostro|la nostra|meu|minha|o meu|a minha|nosso|nossa|o nosso|"
    r"a nossa)\s+(?:son|daughter|hijo|hija|fils|fille|sohn|tochter|figlio|figlia|filho|filha)\s+"
    r"(?:and|y|et|und|e|ed|with|con|avec|mit|com)\s+"
    r"(?:(?:his|her|their|su|sa|son|seine|seiner|seinem|seinen|ihre|ihrer|ihrem|ihren|sua|suo|la sua|il suo|seu|"
    r"o seu|a sua|a|o|la|il)\s+)?"
    r"(?:girlfriend|boyfriend|wife|husband|partner|fiancee?|novia|novio|esposa|esposo|mujer|marido|pareja|compagnon|"
    r"compagne|copine|copain|femme|mari|epouse|epoux|fiancee?|frau|mann|freundin|freund|verlobte[rn]?|partnerin|"
    r"moglie|marito|fidanzata|fidanzato|ragazza|ragazzo|compagna|compagno|namorada|namorado|mulher|noiva|noivo)\b"
)
# People of the writer's firm counted ("our three delegates", "unsere drei Monteure", "nos deux techniciens", "nuestros
# tres técnicos", "i nostri due tecnici", "os nossos três técnicos"): that many grown-ups, the writer not among them.
_STAFF = (
    r"(?:delegates|engineers|employees|staff|technicians|workers|fitters|installers|drivers|consultants|auditors|"
    r"contractors|colleagues|lads|delegados|ingenieros|empleados|tecnicos|trabajadores|operarios|colaboradores|"
    r"conductores|consultores|instaladores|colegas|engenheiros|funcionarios|trabalhadores|motoristas|delegues|"
    r"ingenieurs|employes|salaries|techniciens|ouvriers|collaborateurs|collaboratrices|chauffeurs|monteurs|"
    r"installateurs|collegues|delegierten|ingenieure|mitarbeiter|mitarbeiterinnen|techniker|monteure|arbeiter|"
    r"handwerker|fahrer|berater|kollegen|kolleginnen|delegati|ingegneri|dipendenti|tecnici|operai|collaboratori|"
    r"autisti|consulenti|installatori|colleghi)"
)
_OUR_N_STAFF = re.compile(
    r"\b(?:our|unsere|unseren|nos|nuestros|nuestras|i nostri|nostri|os nossos|nossos|as nossas|nossas)\s+"
    rf"(?P<n>{NUMBER})\s+(?:[a-z]+\s+)?{_STAFF}\b"
)
# A firm's people counted bare ("un séminaire ? 12 collaborateurs, chambres individuelles", "12 employees", "12
# empleados", "12 Mitarbeiter", "12 dipendenti", "12 funcionários"): that many grown-ups.
_N_STAFF = re.compile(rf"\b{_NUM}\s+(?:[a-z]+\s+)?{_STAFF}\b")


def _n_staff(folded: str) -> re.Match[str] | None:
    """A firm's people counted bare; "a room for my two colleagues" says nothing of who comes, "with 3 colleagues" is
    besides the writer (left to the rules of the writer's companions)."""
    m = _N_STAFF.search(folded)
    before = folded[: m.start()].split()[-1:] if m else []
    return m if m and not (before and (before[0] in _MY_PLURAL or before[0] in _WITH_WORDS)) else None


# A room for one of the firm's people ("a room for one of our lads", "una habitación para uno de nuestros técnicos",
# "une chambre pour un de nos techniciens", "ein Zimmer für einen unserer Monteure", "per uno dei nostri tecnici",
# "para um dos nossos técnicos"): one grown-up.
_FOR_ONE_OF_OURS = re.compile(
    r"\b(?:for|para|pour|fur|per|pra)\s+(?:one of our|uno de nuestros|una de nuestras|un de nos|une de nos|"
    r"l'un de nos|einen unserer|eine unserer|einen von unseren|uno dei nostri|una delle nostre|um dos nossos|"
    rf"uma das nossas)\s+(?:[a-z]+\s+)?(?:{_STAFF}|{_OTHER_ADULTS})\b"
)
# The one the writer writes for and a companion ("vorrebbe una doppia per lei e mia zia", "a double for her and my
# aunt", "una doble para ella y mi tía", "une double pour elle et ma tante", "ein Doppelzimmer für sie und meine Tante",
# "um duplo para ela e a minha tia"): two grown-ups.
_THIRD_AND_COMPANION = re.compile(
    r"\b(?:para|pra|for|pour|fur|per)\s+(?:her|him|ella|el|elle|lui|lei|sie|ihn|ela|ele)\s+(?:and|y|e|et|und|ed)\s+"
    # ("for him and his wife", "pour lui et sa femme", "para ele e a esposa")
    rf"(?:a\s+|o\s+)?(?:(?:{_DET}|his|her|their|su|sa|son|seine|seiner|seinen|ihre|ihren|sua|suo|la sua|il suo|seu)\s+|"
    rf"(?<=\b[ao] )(?=esposa|esposo|mulher|marido)){_COMPANION}\b{_MINOR_AGE_AFTER}"
)
# The writer coming with someone and that one's own companion ("Ich möchte mit ihr und ihrer Pflegerin kommen", "I'd
# like to come with her and her carer", "quiero ir con ella y su cuidadora", "je viendrai avec elle et son
# aide-soignante", "vorrei venire con lei e la sua badante", "quero ir com ela e a cuidadora dela"): three grown-ups.
_WITH_THIRD_AND_COMPANION = re.compile(
    r"\b(?:mit|with|con|avec|com)\s+(?:ihr|ihm|her|him|ella|el|elle|lui|lei|ela|ele)\s+(?:und|and|y|et|e|ed)\s+"
    r"(?:(?:ihrer|ihrem|ihren|seiner|seinem|seinen|her|his|su|sa|son|sua|suo|la sua|il suo|a sua|o seu|a|o)\s+)?"
    rf"(?:[a-z-]+\s+)?{_COMPANION}\b{_MINOR_AGE_AFTER}"
)
# A booking for a relative and their own companion ("a reservation for my mother, Mrs Eileen Ward, and her carer", "una
# habitación para mi madre y su cuidadora", "pour ma mère et son aide-soignante", "für meine Mutter und ihre
# Pflegerin", "per mia madre e la sua badante", "para a minha mãe e a cuidadora dela"): two grown-ups.
_FOR_ONE_AND_THEIR_COMPANION = re.compile(
    r"\b(?:for|para|pra|pour|fur|per)\s+(?:my|mi|ma|mon|meine[nmr]?|mein|mia|mio|la mia|il mio|minha|meu|a minha|o meu|"
    rf"our|nuestra|nuestro|notre|unsere[nmr]?|unser|nostra|nostro|nossa|nosso)\s+{_COMPANION}\b"
    # (their name between commas)
    r"(?:\s*,[^,!?;\n]{1,40},)?\s+(?:and|y|e|et|und|ed|with|con|avec|mit|com)\s+"
    r"(?:(?:her|his|their|su|sa|son|ihre[nmr]?|seine[nmr]?|sua|suo|la sua|il suo|a sua|o seu|a|o)\s+)"
    rf"(?:[a-z-]+\s+)?{_COMPANION}\b{_MINOR_AGE_AFTER}"
)
# A group's leader or driver and its guests counted ("Tour guide plus four guests", "el guía y 20 clientes", "le
# chauffeur et 30 passagers", "Reiseleiterin plus 12 Gäste", "la guida più 15 ospiti"): the guests and one more.
_LEADER_PLUS_N = re.compile(
    r"\b(?:(?:tour |group )?(?:guide|leader)|driver|coach driver|guia|chofer|conductor|reiseleiter|reiseleiterin|"
    r"fahrer|busfahrer|chauffeur|accompagnateur|accompagnatrice|guida|autista|accompagnatore|motorista)\s+"
    r"(?:plus|\+|and|y|et|und|e|with|con|avec|mit|com|piu|mas|mais)\s+"
    rf"(?P<n>{NUMBER})\s+(?:{_PERSON}|clients|clientes|kunden|clienti|passengers|pasajeros|passagers|passageiros|"
    r"passeggeri|fahrgaste|travellers|travelers|viajeros|voyageurs|reisende|viaggiatori|viajantes)\b"
)
# The one a booking goes to, going with their partner ("She's Lucy Brennan and she'll go with her husband", "elle
# viendra avec son mari", "sie fährt mit ihrem Mann", "ella irá con su marido", "andrà con suo marito", "ela vai com o
# marido"): two grown-ups.
_THIRD_WITH_PARTNER = re.compile(
    r"\b(?:she|he|ella|el|elle|il|sie|er|lei|lui|ela|ele)\b[^.!?;\n]{0,25}?\b(?:with|con|avec|mit|com)\s+"
    r"(?:her|his|su|sa|son|ihrem|ihrer|seinem|seiner|il suo|la sua|suo|sua|o seu|a sua|seu|o|a)\s+"
    r"(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|marido|esposo|esposa|mujer|novio|novia|pareja|mari|"
    r"femme|compagnon|compagne|copain|copine|mann|frau|freund|freundin|partnerin|marito|moglie|fidanzato|fidanzata|"
    r"compagno|compagna|namorado|namorada|mulher)\b"
)
# A count restated after "so", "i.e." ("den zwei Enkeln, also 4 Erwachsene und 2 Kinder"): said once, not twice.
_RESTATED = re.compile(
    r"(?:,|\()\s*(?:also|so|that'?s|i\.e\.|ie|o sea|es decir|osea|donc|soit|c'est-a-dire|cioe|ovvero|ou seja|"
    r"quer dizer|d\.h\.|das heisst|sprich)\b|"
    # the party as it now is, said with "so we'd be" after someone joins, no comma in a voice note ("se viene mi madre
    # así que seríamos tres adultos y tres niños", "so we'd be", "donc on serait", "also wären wir", "quindi saremmo",
    # "então ficamos")
    r"\b(?:asi que|so|donc|alors|also|daher|deshalb|quindi|dunque|entao|portanto|por lo tanto)\s+"
    r"(?:(?:we'?d|we'?ll|we will|we would|on|nous)\s+(?:be|serait|sera|serions|serons)|we are|we'?re|seriamos|"
    r"seremos|somos|sind wir|waren wir|saremmo|saremo|siamo|ficamos|ficariamos|seriamos|vamos ser)\b|"
    # the same with the verb first ("esquecemos de incluir a bebé. Ficamos então 2 adultos e 1 criança", "seríamos
    # entonces", "on sera donc", "wir sind also", "saremmo quindi", "we'd then be")
    # (each language's own word: English "we'll also" adds, German "wir sind also" restates)
    r"\b(?:(?:ficamos|ficaremos|ficariamos|seremos|seriamos|somos)\s+(?:entao|entonces|pues|portanto)|"
    r"(?:nous serons|nous serions|on sera|on serait)\s+(?:donc|alors)|(?:wir sind|wir waren|wir werden)\s+also|"
    r"(?:saremo|saremmo|siamo)\s+(?:quindi|dunque|allora)|(?:we'?d|we'?ll|we will|we would)\s+then)\b"
)
# The party said again as a change ("... for 2 adults and 1 child? We actually need it for 2 adults and 2 children
# now"): the last statement is the party.
_NOW_INSTEAD = re.compile(
    r"\b(?:now|actually|instead|ahora|en realidad|al final|finalmente|maintenant|finalement|en fait|jetzt|doch|"
    r"stattdessen|adesso|ora|invece|agora|afinal|na verdade|really|realmente|en realite|eigentlich|tatsachlich|"
    r"in realta|na realidade|"
    # the party the booking is to be changed to ("update it to 2 adults + 1 infant", "então fica 2 adultos e 1 criança")
    r"update|updated|change it|changed|modify it|amend it|fica|ficam|ficamos|entao|portanto|donc|quindi|dunque|"
    r"por lo tanto|daher|deshalb|asi que|so it'?ll be|so it will be|that makes|alla fine|in the end|am ende)\b"
)
# The clause that says the party as it now is, after the one that was booked ("we put 2 adults 1 child but it's
# actually 2 adults and 2 kids", "pusimos 2 adultos y 1 niño pero en realidad somos 2 adultos y 2 niños").
_BUT_NOW = re.compile(
    r"\b(?:but|pero|mais|mas|aber|ma|however|sin embargo|cependant|pero en realidad)\b(?=[^.?!;\n]{0,30}\b(?:now|actually|"
    r"really|ahora|en realidad|realmente|maintenant|en fait|en realite|jetzt|eigentlich|tatsachlich|in wirklichkeit|"
    r"adesso|ora|in realta|agora|na verdade|na realidade|al final|finalement|finalmente|alla fine|afinal|in the end)\b)"
)
# A room asked for, before a fallback of other rooms.
_ONE_ROOM_WORD = (
    r"habitacion|room|quarto|chambre|zimmer|[a-z]+zimmer|camera|stanza|suite|familiar|familiale|familiare|doble|double|"
    r"doppia|triple|tripla|triplo|apartamento|apartment|appartamento|appartement"
)
# Rooms asked as an alternative in a question ("a room for five, or would we need two rooms?"): no count settled.
_OR_ROOMS = re.compile(
    # ("need a room or two", "una habitación o dos", "une chambre ou deux", "ein oder zwei Zimmer", "um ou dois quartos")
    rf"\b(?:a|one|una|un|une|um|uma|ein|eine)\s+{_ROOM}\s+(?:or|o|ou|oder|oppure)\s+(?:two|dos|deux|zwei|due|dois|duas|2)"
    rf"\b|\b(?:one|una|un|une|um|uma|ein|eine|1)\s+(?:or|o|ou|oder|oppure)\s+(?:two|dos|deux|zwei|due|dois|duas|2)\s+"
    rf"{_ROOM}\b|"
    # ("vcs tem quarto pra 6 ou teria q ser 2 quartos?", "a room for 6 or would it have to be 2 rooms?")
    rf"\b(?:{_ONE_ROOM_WORD})\b[^.?!\n]{{0,40}}?\b(?:or|o|ou|oder|oppure)\s+(?:[a-z']+\s+){{1,5}}?"
    rf"(?:{NUMBER})\s+{_ROOM}\b(?=[^.!\n]{{0,20}}\?)|"
    # a fallback after a room asked for ("¿Tenéis alguna habitación familiar? Si no, nos apañamos con dos dobles",
    # "a family room? If not, two doubles", "sinon deux chambres doubles", "sonst zwei Doppelzimmer")
    rf"\b(?:{_ONE_ROOM_WORD})\b[^\n]{{0,80}}?\b(?:si no|if not|otherwise|or else|failing that|sinon|a defaut|sonst|"
    r"ansonsten|andernfalls|falls nicht|altrimenti|se no|in alternativa|senao|se nao|caso contrario|de lo contrario|"
    rf"en su defecto)\b[^.?!\n]{{0,40}}?\b(?:{NUMBER})\s+{_ROOM}\b|"
    # ("you have one room for all of us or we need to take 2??")
    rf"\b(?:{_ONE_ROOM_WORD})\b[^.?!\n]{{0,40}}?\b(?:or|o|ou)\s+(?:we|i)\s+(?:need|have|must)\s+(?:to\s+)?"
    rf"(?:take|book|get)\s+(?:{NUMBER})\b(?=[^.!\n]{{0,20}}\?)|"
    r"\b(?:or|o|ou|oder|oppure)\s+(?:(?:would|will|do|should|shall|must|could)\s+(?:we|i)\s+(?:need|have to take|take|"
    r"get|book)|necesitariamos|necesitamos|hace falta|precisamos|precisariamos|faut-il|faudrait-il|nous faudrait-il|"
    r"brauchen wir|brauchten wir|br[a-z]*en wir|servono|servirebbero|ci servono|ci vogliono)\s+"
    rf"(?:{NUMBER})\s+{_ROOM}\b|"
    # a count of rooms or one room of a kind ("Nos valdrían dos habitaciones o una familiar", "two rooms or a family
    # room", "deux chambres ou une familiale", "zwei Zimmer oder ein Familienzimmer", "due camere o una familiare")
    rf"\b(?:{NUMBER})\s+(?:[a-z]+\s+)?{_ROOM}\s*,?\s+(?:o|or|ou|oder|oppure)\s+(?:una|un|a|an|one|um|uma|une|ein|eine)\s+"
    rf"(?:[a-z]+\s+)?(?:{_ROOM[3:-1]}|familiar|familiare|familiale)\b|"
    # a room kind or a dormitory, or a count of rooms: "des dortoirs ou 4 chambres doubles", "a suite or 2 doubles"
    rf"\b(?:dortoirs?|dorms?|dormitorios?|dormitories|schlafsale?|camerate|camerata|familiar|familiale|{_ROOM[3:-1]})\s*,?\s+"
    # ("um quarto familiar ou de dois quartos comunicantes": the noun's preposition repeated)
    rf"(?:o|or|ou|oder|oppure)\s+(?:(?:de|di|of|von)\s+)?(?:{NUMBER})\s+(?:{_ROOM[3:-1]}|conectadas|comunicadas|connecting|connected|"
    r"adjoining|communicantes|comunicanti|comunicantes|communicating|contiguas)\b"
)
# "ich bin die Frau Huber", "la señora García": a title, no companion
_TITLE_BEFORE = re.compile(
    r"\b(?:die|der|la|el|le|the|a|o)\s+(?:frau|herr|mann|senora|senor|signora|signore|madame|monsieur|mrs|mr)$"
)
_COMPANION_WORD = re.compile(
    rf"\b(?:{_COMPANION[3:-1]}|parents|grandparents|padres|abuelos|eltern|genitori|nonni|pais)\b|{_FAMILIAR_PARENTS}\b"
)


# "una pareja, 2 adultos": a couple with its count said again, not a partner beside two adults.
_A_COUPLE_ITEM = re.compile(r"(?:una|un|a|uma|um|une|ein|eine)\s+(?:pareja|couple|casal|coppia|paar)")


def _listed_adults(folded: str) -> tuple[int, bool]:
    """The adults of the longest list of the party that names the writer or "N adults", and whether it has "N adults"."""
    best, with_n = 0, False
    for m in _PARTY_LIST.finditer(folded):
        adults, writer, companions, stated = 1 if m["start"] else 0, bool(m["start"]), 0, False
        counted = 0  # the adults said as "N adults"
        couples = 0  # "um casal de amigos" in the list: two more, unless a count of adults says them again
        for item in _LIST_ITEM_RE.finditer(folded, m.start() + len(m["start"] or ""), m.end()):
            if item["self"]:
                adults, writer = adults + 1, True
            elif item["parents"]:
                adults, companions = adults + 2, companions + 1
            elif item["others_n"]:
                adults, companions = adults + (to_int(item["others_n"].split()[0]) or 0), companions + 1
            elif item["adults_n"]:
                counted += to_int(item["adults_n"].split()[0]) or 0
                adults, stated = adults + (to_int(item["adults_n"].split()[0]) or 0), True
            elif (
                item["companion"]
                and not _TITLE_BEFORE.search(folded, 0, item.end())
                and not _A_COUPLE_ITEM.fullmatch(item["companion"].strip())
            ):
                adults, companions = adults + 1, companions + 1
            elif item["couple"]:
                couples += 1
        if couples and not stated and (writer or companions):
            # "Eu, minha namorada e um casal de amigos": the couple is two more ("una pareja, 2 adultos" says it again)
            adults, companions = adults + 2 * couples, companions + couples
        if counted and adults == 2 * counted:
            # "eu, o meu marido e os meus sogros, quatro adultos": the people named, then their count said again
            adults = counted
        # ("una pareja más la abuela", "ein Paar und Oma": a couple opens the party as the writer does)
        if (writer or stated or couples) and companions and adults > best:
            best, with_n = adults, stated
    return best, with_n


_WITH_WORDS = frozenset(
    {"with", "con", "com", "avec", "mit", "and", "y", "e", "et", "und", "+", "&", "plus", "mas", "piu"}
)
# "my two friends" alone may not include the writer ("a room for my two colleagues").
_MY_PLURAL = frozenset(
    {"my", "mis", "meus", "minhas", "mes", "meine", "meinen", "miei", "mie", "our", "nuestros", "nos"}
)
# Parents besides a couple: "uno para mis papás y otro para mi esposa y yo".
_OUR_PARENTS = re.compile(
    r"\b(?:mis|my|our|nuestros|mes|nos|meine|meinen|unsere|unseren|i miei|i nostri|os meus|os nossos|meus|nossos|"
    # the partner's ("my wife and I plus her parents", "con sus padres", "avec ses parents", "mit seinen Eltern", "con i
    # suoi genitori", "com os pais dele")
    r"her|his|sus|ses|seine|seinen|ihre|ihren|i suoi|os seus)\s+"
    r"(?:padres|papas|papis|viejos|parents|eltern|genitori|pais|suegros|beaux-parents|beaux parents|schwiegereltern|"
    r"suoceri|sogros|in-laws|parents-in-law)\b|\bos pais (?:dele|dela)\b"
)
# A child named with "our" ("nuestra hija", "unsere Tochter", "our baby"): one child.
_OUR_CHILD = re.compile(
    # "our 2 year old", "a 5-year-old", "con el peque", "with the baby"
    # (an age under 18: "my 75-year-old mum" is an adult)
    r"\b(?:our|my|a|an|one)\s+(?:(?:1[0-7]|0?[1-9])[ -]?(?:year|yr)s?|\d{1,2}[ -]?months?)[ -]old\b|"
    r"\b(?:our|my)\s+(?:1[0-7]|0?[1-9])\s?yo\b|"
    r"\b(?:our|my|nuestro|nuestra|notre|unser|unsere|il nostro|la nostra|o nosso|a nossa)\s+(?:little one|youngest|baby)\b|"
    r"\b(?:con|with|com|avec|mit|con)\s+(?:el|la|the|o|a|le|das|il|nuestro|nuestra|our|my|mi)\s+"
    r"(?:peque|nene|nena|bebe|baby|bambino|bambina|piccolo|piccola|miudo|miuda|pequeno|pequena|petit|petite|kleinen|kleine|"
    # ("avec le petit déj", "com o pequeno-almoço", "con la piccola colazione": breakfast, no child)
    r"nino|nina|crianca|menino|menina|kid|child|enfant|kind)\b(?![ -]*(?:dej|deje|dejeuner|almoco|colazione)\b)|"
    r"\b(?:our|nuestr[oa]|notre|unsere[nmr]?|unser|nostr[oa]|(?:o |a )?noss[oa]|my|mi|mon|ma|mein|meine[nm]?|mio|mia|"
    r"meu|minha)\s+(?:(?:little|small|pequen[oa]|petite?|kleine[nr]?|piccol[oa])\s+)?"
    r"(?:baby|bebe|bebito|bebita|neonato|neonata|saugling)\b|"
    r"\b(?:our|nuestr[oa]|notre|unsere[nmr]?|unser|nostr[oa]|(?:o |a )?noss[oa])\s+"
    r"(?:(?:little|small|young|pequen[oa]|petite?|kleine[nr]?|piccol[oa])\s+)?"
    r"(?:son|daughter|kid|child|hij[oa]|nin[oa]|fils|fille|enfant|sohn|tochter|kind|figli[oa]|bambin[oa]|bimb[oa]|"
    r"filh[oa]|crianca|menin[oa]|miud[oa])\b(?!\s*(?:y|and|e|et|und)\s+(?:su|his|her|sa|son|seine?|sua|seu)\b)(?!'s\b)"
)
_ARTICLES = {
    "un",
    "una",
    "uno",
    "a",
    "an",
    "um",
    "uma",
    "une",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "eini",
    "single",
    "couple",
}
_FOR_N = re.compile(
    # chat and dialect forms of "for": "quarto p 2", "une chambre pr 2", Neapolitan "pe' dduje"
    rf"(?:\b(?:para|pra|pa|for|pour|fur|per|pr|p|pe')|\bp/|(?<![\d.])(?:(?<!\d )|(?<=/\d\d )|(?<=/\d ))\bx)\s*(?<=\s|/){_NUM}\b(?!\s*{_DAY_OF_MONTH})"
    # ("für 14.-16. Januar", folded from an en dash, is a range of days)
    r"(?!\s*(?:\.?\s*(?:a|al|ao|to|au|bis|-|y|e|et|und)\s*\d|noches?|nights?|nites?|noites?|nuits?|nachte|nacht|notti|notte|"
    # ("quarto pra 2 dia 20": "dia" before a day number says the day, not days)
    r"dias?(?!\s*\d)|days?|semanas?|weeks?|"
    r"jours?|tage|tagen|giorni|semaines?|wochen|woche|settimane|settimana|meses|months?|mois|monate|mesi|"
    r"diarias|pernoites?|nuitees?|ubernachtungen|"
    # cars, bikes and pets are no people ("¿tienen parking para 2 coches?", "una habitación para 2 perros")
    r"coches|cars?|autos?|voitures?|carros?|macchine|motos|motorbikes|bikes|bicis|bicicletas|fahrrader|velos|"
    r"perros|dogs|chiens|hunde|cani|caes|cachorros|gatos|cats|chats|katzen|gatti|mascotas|pets|animais|"
    r"maletas|suitcases|bags|valises|koffer|valigie|malas|"
    # families counted are no people ("für zwei Familien", "for two families", "pour deux familles")
    r"familien|families|familias|familles|famiglie|"
    # ("quarto p 3 de 14/01 a 16/01": the dates after the party)
    r"de\b(?!\s*\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\s*(?:a|al|ao|-)\s*\d)"
    # ("um quarto pra 2 de sexta a domingo": a weekday after it is the stay)
    r"(?!\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|hoy|hoje|"
    r"manana|amanha)\b)|of\b|/|\.\d|:|h\b|horas?|hours?|uhr|heures|ore|euros?|eur|€|am\b|pm\b|\d|"
    + _ROOM[3:-1]
    + r"))"
)
_COUPLE = re.compile(
    r"\b(?:mi (?:mujer|esposa|marido|esposo|senora|pareja|novia|novio|morra|jeva|chava|chica|chico|amiga|amigo|madre|padre|hermana|hermano) y yo|"
    r"(?:yo|voy) con mi (?:mujer|esposa|marido|esposo|senora|pareja|novia|novio|morra|jeva|chava)|"
    r"yo y mi (?:mujer|esposa|marido|esposo|senora|pareja|novia|novio|morra|jeva|chava|amiga|amigo|madre|padre|hermana|hermano)|"
    r"eu e (?:a |o )?(?:minha|meu) (?:esposa|mulher|marido|namorada|namorado|companheira|companheiro)|"
    r"(?:a |o )(?:minha|meu) (?:esposa|mulher|marido) e eu|"
    r"ich und (?:meine|mein) (?:frau|mann|freundin|freund|partnerin|partner)|"
    r"(?:la )?(?:mia|mio) (?:moglie|marito) ed io|io e (?:la |il )?(?:mia|mio) (?:moglie|marito|compagna|compagno)|"
    r"mi (?:mujer|esposa|marido|esposo|pareja|novia|novio|morra|jeva|chava) y (?:yo|para mi|a mi|mi)|"
    # the couple said as whom something pleases ("A mi marido y a mí nos encantaría", "A me e a mio marito piacerebbe",
    # "Meinem Mann und mir würde es gefallen", "à mon mari et à moi", "a mim e ao meu marido")
    r"a (?:mia|mio) (?:moglie|marito|compagna|compagno) e a me|a me e a (?:mia|mio) (?:moglie|marito|compagna|compagno)|"
    r"(?:meinem|meiner) (?:mann|frau|freundin|freund|partnerin|partner) und mir|mir und (?:meinem|meiner) (?:mann|frau)|"
    r"a (?:ma|mon) (?:femme|mari|compagne|compagnon) et a moi|a mim e a(?:o)? (?:minha|meu) (?:esposa|mulher|marido)|"
    r"(?:meine[rn]?|meinen|mein) (?:frau|mann|freundin|freund|partnerin|partner) und mich|mich und (?:meine|meinen) (?:frau|mann)|"
    r"me e (?:mia|mio) (?:moglie|marito|ragazza|ragazzo|compagna|compagno)|"
    r"moi et (?:ma|mon) (?:femme|mari)|eu e (?:minha|meu) (?:esposa|mulher|marido)|"
    r"my (?:wife|husband|partner|girlfriend|boyfriend|friend|fiancee?|mother|father|mum|mom|dad|sister|brother) and (?:i|me)|"
    r"(?:i|me) and my (?:wife|husband|partner|girlfriend|boyfriend)|"
    r"(?:minha|meu) (?:esposa|mulher|marido|namorada|namorado|companheira|companheiro) e eu|"
    r"(?:ma|mon) (?:femme|mari|epouse|copine|copain|compagne|compagnon|conjointe?) et moi|"
    r"(?:meine|mein) (?:frau|mann|freundin|freund|partnerin|partner) und ich|"
    r"(?:mia|mio) (?:moglie|marito|ragazza|ragazzo|compagna|compagno) e io|io e (?:mia|mio) (?:moglie|marito|ragazza|ragazzo)|"
    # "for him and me", "pour lui et moi", "para ella y para mí", "für ihn und mich", "per lei e me", "eu e ele"
    r"(?:for|pour|para|pra|fur|per) (?:him|her|lui|elle|el|ella|ele|ela|ihn|sie|lei) (?:and|et|y|e|und) "
    r"(?:(?:for|pour|para|pra|fur|per) )?(?:me|moi|mi|mim|mich|yo|eu)\b|"
    # ("para mí y para él"; "para mí y para el 20" is a day)
    r"(?:for|pour|para|pra|fur|per) (?:me|moi|mi|mim|mich) (?:and|et|y|e|und) (?:(?:for|pour|para|pra|fur|per) )?"
    rf"(?:him|her|lui|elle|el|ella|ele|ela|ihn|lei)\b(?!\s*(?:\d|(?:{NUMBER}|de|dia|primo|premier|first)\b))|"
    r"(?:moi et (?:lui|elle)|(?:lui|elle) et moi|ella y yo|yo y (?:el|ella)|(?:him|her) and me|(?:he|she) and i|"
    r"me and (?:him|her)|er und ich|ich und er|io e (?:lui|lei)|(?:lui|lei) ed? io|eu e (?:ele|ela)|(?:ele|ela) e eu)\b|"
    # "Herrn und Frau Stöckl", "Hr. und Fr. Meier" (a booking's titles in the dative and short)
    r"mr\.? (?:and|&) mrs\b|m\.? et mme\b|monsieur et madame|herrn? und frau|hrn?\.? (?:und|u\.|&) fr\.?(?=\s)|sr\.? y sra\b|senor y senora|"
    r"signor e signora|sig\.? e sig\.?ra\b|sr\.? e sra\b|senhor e senhora|"
    # with their articles: "el Sr. y la Sra. Pérez", "o Sr. e a Sra. Costa", "il sig. e la sig.ra Rossi"
    r"(?:el |o |il )?(?:sr|sig|senor|senhor|signor)\.? (?:y|e) (?:la|a) (?:sra|sig\.?ra|senora|senhora|signora)\b|"
    r"una pareja|a couple(?! of)|um casal|un couple|(?:para|pra|p/) (?:o )?casal\b|(?:ein|es) paar\b(?!\s+(?!und\b|mit\b|vom\b|ab\b|am\b|aus\b|us\b)[a-z])|"
    # two others named by the writer, a pronoun and a parent or a partner ("lui e la mamma vorrebbero una
    # matrimoniale", "he and mum", "él y mamá", "er und Mama", "lui et maman", "ele e a mãe")
    r"(?:lui|lei|he|she|el|ella|er|sie|il|elle|ele|ela)\s+(?:e|and|y|und|et)\s+(?:(?:la|the|die|a|el)\s+)?"
    r"(?:mamma|mama|mum|mom|maman|mae|papa|dad|papa|moglie|marito|wife|husband|esposa|marido|frau|mann|femme|mari|"
    r"mulher)\b|"
    # a couple by its surname, the room or booking for them ("la camera per i signori Bellavista"; "i signori ospiti"
    # are guests in general, "i nostri vicini, i signori Pagani" no party)
    r"(?:per i|ai) signori\s+(?!(?:clienti|ospiti|che|e)\b)[a-z]{3,}|"
    # the clients a booking is for, a couple by title ("per i nostri clienti, i signori Mancuso", "para nuestros
    # clientes, los señores Olmos", "para os nossos clientes, os senhores Costa")
    r"(?:clienti|clientes)\s*[,:]?\s*(?:i signori|los senores|os senhores)\s+[a-z]{3,}|"
    # the couple named ("o casal Fábio e Renata", "the couple", "le couple"; "quarto de casal" is a double room)
    r"(?<!de )o casal\b(?!\s+de\b)|the couple(?! of)|le couple\b(?!\s+de\b)|"
    r"ein ehepaar|(?:die |der )?eheleute|(?:i )?coniugi|(?:a nome |per )?dei signori\b|siamo i signori\b|somos los senores\b|somos os senhores\b|(?:les|des) epoux|(?:a nombre de|para|de) los senores|(?:em nome de|para|dos) os senhores|"
    r"(?:mir|mia|wir) (?:zwoa|zwoi|zwee)\b|mir zwei\b|mir beide\b|una coppia|dos adultos|zu zweit|the two of us|both of us|us two|"
    # "in due", "à deux", "los dos" are a couple only when no noun follows ("in due settimane", "à deux pas")
    # ("a las dos", "às duas" are two o'clock)
    r"(?:in due|a deux|los dos|os dois|tous les deux|toutes les deux|tutti e due|wir zwei)"
    # ("passer Noël à deux chez vous": a place after it keeps the couple)
    r"(?!\s+(?!(?:solos?|solas?|adultos|adultes|adulti|soli|sole|seuls?|seules?|allein|chez|avec|pour|dans|ici|con|"
    r"per|para|pra|com|aqui|qui|bei|mit|fur|hier)\b)[a-z]{3,})|"
    r"nosotros dos|nos dos|nos dois|nos duas|nous deux|wir beide|noi due|luna de miel|honeymoon|lua de mel|lune de miel|"
    r"flitterwochen|luna di miele|(?<!de )(?<!per )un matrimonio|somos pareja|somos casal|en pareja|em casal|in coppia|"
    r"als paar|en couple|"
    # "casal com 1 filho", "couple + toddler": a couple named bare before what comes with it
    # ("quarto de casal e um triplo" is a double room, not a couple)
    # ("1 casal e 1 twin" after "2 quartos:" are rooms)
    r"(?<!\bde )(?<!\d )(?:casal|pareja|coppia|couple|ehepaar|paar)(?=\s*(?:\+|&|(?:com|con|with|avec|mit|y|e|and|et|und)\b))|"
    # "Reserva p/ sáb. 21, 1 noite, casal": the word alone, ending the phrase ("mi pareja" is the partner).
    r"(?<!\bde )(?<!\bmi )(?<!\btu )(?<!\bsu )(?<!minha )(?<!sua )(?<!mia )(?<!la )(?<!my )(?<!a )"
    r"\b(?:casal|pareja|coppia|couple|ehepaar)(?=\s*(?:[,.;!?]|$)))"
)
_ALONE = re.compile(
    r"\b(?:solo yo|yo solo|yo sola|solo para mi|voy solo|voy sola|just me|only me|just myself|for myself|by myself|"
    r"i'?m travell?ing alone|travell?ing alone|so eu|apenas eu|somente eu|sozinho|sozinha|seulement moi|juste moi|moi seul|"
    r"je suis seul|nur ich|ich allein|alleine|allein|bin alloa|bin alloane?|solo io|io da solo|da sola|da solo|viajo solo|viajo sola|"
    r"so para mim|apenas para mim|so pra mim|solo para mi|just for me|only for me|nur fur mich|nur fur mi|seulement pour moi|"
    r"juste pour moi|solo per me|solamente para mi|una persona sola|one person only|on my own|solo traveller|"
    r"(?:para )?mi solit[oa]|yo solit[oa]|solit[oa] yo|"
    # "para mí solo", "pour moi seule", "per me sola", "für mich allein", "for me alone", "para mim só"
    r"para mi sol[oa]|pour moi (?:tout )?seule?|per me sol[oa]|fur mich alleine?|for me alone|for myself alone|"
    r"para mim so|pra mim so|"
    r"(?:je|j'y) (?:viens|voyage|serai|suis|pars|vais|reste) (?:tout |toute )?seule?|moi seule|tout seul|toute seule|"
    r"vengo sol[oa]|viajo sol[oa]|voy a ir sol[oa]|vado da sol[oa]|sono da sol[oa]|viaggio da sol[oa]|"
    r"ich komme alleine?|ich reise alleine?|i'?m coming alone|i'?ll be alone|coming alone|vou sozinh[oa]|"
    r"habitacion individual|hab\.? individual|hab\.? sencilla|single room|quarto individual|quarto single|chambre simple|chambre individuelle|chambre single|"
    # Latin-American "sencilla" and Portuguese "de solteiro" are single rooms ("una habitación sencilla del 25 al 28")
    r"habitacion sencilla|cuarto sencillo|una sencilla|quarto de solteiro|"
    # the one a room is for said to come alone ("it's just her on her own", "she will be travelling on her own")
    r"on (?:her|his) own|by (?:herself|himself)|just her|just him|(?:she|he) will be travell?ing alone|"
    r"viaja sol[oa]|viene sol[oa]|elle (?:viendra|voyage|sera) seule|il (?:viendra|voyage|sera) seul|"
    # ("EZ für Sa. und So. frei?": "EZ" is an Einzelzimmer)
    r"ez(?=\s+(?:fur|vom|von|ab|am|frei|bitte)\b)|"
    r"einzelzimmers?|(?:ein|es|a|1) ez|camera singola|una singola|una individual|una single|uma individual|une single|um individual|um single|"
    # a double for one guest: "doppia uso singola", "doble de uso individual", "Doppelzimmer zur Einzelnutzung"
    r"uso singola|uso singolo|uso individual|usage individuel|usage single|single use|single occupancy|"
    r"zur einzelnutzung|als einzelzimmer|einzelbelegung|"
    r"a single(?=\s*(?:[,.;!?]|$|from|for|on|please|pls|tonight|tomorrow)))\b"
)
_SINGLE_ROOM = re.compile(
    r"habitacion|cuarto|una sencilla|single|ein ez|es ez|a ez|1 ez|quarto|chambre|einzelzimmer|camera|una singola|una individual|una single|uma individual|une single|"
    r"um individual|um single|uso|usage|zur|als|einzelbelegung"
)
_SINGLE_ROOMS = re.compile(
    rf"\b{_NUM}\s+(?:habitaciones individuales|habitaciones sencillas|sencillas|individuales|camere singole|singole|single rooms|singles|"
    r"chambres (?:simples|individuelles|single)|einzelzimmer|quartos individuais|quartos single|individuais|"
    # short forms ("3 EZ bitte fuer 12.-13.10.", "3 sgl for 12-13 Oct", "3 simples pour le 12")
    r"quartos de solteiro|einzelzimmern|ez|sgls?|simples)\b"
)
# Doubles each let to one guest ("6 camere doppie uso singola", "3 habitaciones dobles de uso individual", "4 double
# rooms for single use", "2 chambres doubles à usage individuel", "5 Doppelzimmer zur Einzelnutzung"): one guest a room.
_SINGLE_USE_ROOMS = re.compile(
    rf"\b{_NUM}\s+(?:[a-z]+\s+){{1,3}}?(?:(?:de|para|pra|a|ad|for|in|mit)\s+)?"
    r"(?:uso (?:singol[ao]|individual|single)|usage (?:individuel|single)|single (?:use|occupancy)|"
    r"zur einzelnutzung|als einzelzimmer|einzelbelegung|dus)\b"
)
# The adults' count said in brackets as people ("tre doppie per noi adulti (sei persone)", "for us adults (six
# people)", "para los adultos (seis personas)"): that many adults, not the whole party.
_ADULTS_BRACKETED = re.compile(rf"\b(?P<adult>{_ADULT})\s*\(\s*{_NUM}\s+{_PERSON}\s*\)")
_NO_CHILDREN = re.compile(
    r"\b(?:sin (?:ninos|hijos|ninas|nenes|menores|peques)|no (?:kids|children|ninos|criancas|hijos)|without (?:kids|children)|"
    r"sem (?:criancas|filhos)|sans enfants?|ohne kinder|keine kinder|senza bambini|senza figli|nessun bambino|"
    r"solo adultos|only adults|adults only|just adults|apenas adultos|seulement des adultes|nur erwachsene|solo adulti|"
    r"0 (?:ninos|kids|children|criancas|enfants|kinder|bambini)|ningun nino|ninguna nina|ningun menor|aucun enfant|"
    r"pas d'enfants?|kein kind|keine kids|nenhuma crianca|nenhum filho|no child|without a child|nessun figlio|"
    # "All adults.", "todos adultos", "que des adultes", "alles Erwachsene", "tutti adulti": no child among them
    r"all adults|(?:somos )?tod[oa]s adult[oa]s|(?:que des|tous) adultes|alle(?:s)? erwachsene?|tutti adulti)\b"
)
# Words a guest puts between the article and the room ("una bonita habitación", "un petit studio", "ein ruhiges
# Zimmer", "uma boa suíte", "a nice quiet room", "a sea view double"): up to two of them.
_ROOM_ADJECTIVE = (
    r"(?:king|queen|king-size|king size|deluxe|superior|standard|quiet|big|small|nice|cheap|large|grande|petite|"
    r"junior|executive|presidential|premium|classic|comfort|economy|lovely|cosy|cozy|clean|simple|basic|decent|good|"
    r"comfortable|spacious|bright|romantic|affordable|budget|little|"
    r"(?:sea|ocean|garden|city|lake|pool|mountain|river|park)[ -]view|"
    r"bonita|bonito|linda|lindo|buena|buen|gran|pequena|pequeno|amplia|amplio|tranquila|tranquilo|sencilla|sencillo|"
    r"economica|economico|barata|barato|comoda|comodo|acogedora|preciosa|"
    r"boa|bom|bela|belo|pequenina|confortavel|simples|otima|otimo|"
    r"petit|belle|beau|bel|jolie|joli|grand|bonne|vraie|"
    r"bella|bellissima|buona|piccola|piccolo|tranquilla|spaziosa|accogliente|"
    # "una sola habitación", "um só quarto", "une seule chambre", "ein einziges Zimmer", "una sola camera"
    r"sola|solo|unica|unico|so|seule|seul|einziges|einzige|"
    # German adjectives inflect: "ein ruhiges Zimmer", "eine schöne Suite", "ein günstiges Einzelzimmer"
    r"kleines|grosses|ruhiges|[a-z]{3,}es(?=\s+(?:[a-z]{3,}es\s+)?[a-z]*zimmer\b)|[a-z]{3,}e(?=\s+(?:suite|ferienwohnung|wohnung)\b))"
)
# A room word alone, diminutives and room types as nouns ("un cuartito", "una cameretta", "a twin", "une double",
# "un monolocale", "ne Ferienwohnung").
_ONE_ROOM_NOUN = (
    r"(?:(?!bade|wohn|schlaf|ess|arbeits|kinder)[a-z]{3,}zimmer|habitacion|habitacioncita|abitacion|havitacion|avitacion|"
    r"habi|hab\b|qto\b|cuarto|cuartito|dz\b|ez\b|chb\b|chbre\b|matrim\b|"
    # (Neapolitan "cammera")
    r"recamara|room(?!\s+service)|quarto|quartinho|chambre|chambrette|zimmer|zimer|zimmerchen|zimmerl|zimmerle|camera|cammera|cameretta|"
    r"stanza|stanzetta|"
    r"suite|doble|individual|double|twin|single|"
    r"doppelzimmer|einzelzimmer|familienzimmer|dreibettzimmer|zweibettzimmer|matrimoniale|doppia|singola|tripla|"
    r"quadrupla|triple|cuadruple|quadruple|quad|familiale|apartamento|apartment|appartamento|appartement|departamento|"
    r"ferienwohnung|monolocale|bilocale|studio|family room|familiar|pieza|depa|appart|apto|acomodacao|cabana|bungalow|"
    r"chalet|chale|cabin|villa|piaule|flat(?!\s+(?:rate|fee|price|tax|tyre|tire)))"
)
# Two rooms offered as alternatives ("têm um T1 ou um quarto duplo?", "a double or a suite"): no count settled.
_ROOM_ALTERNATIVES = re.compile(
    r"\b(?:um|uma|una|un|une|a|an|ein|eine|einen)\s+[a-z0-9]+(?:\s+[a-z]+)?\s+(?:ou|o|or|oder|oppure)\s+"
    rf"(?:um|uma|una|un|une|a|an|ein|eine|einen)\s+(?:[a-z]+\s+)?{_ONE_ROOM_NOUN}\b"
)
# Two, then "we" going with the child ("una habitación para dos ... vamos con el bebé", "a room for two, we're
# coming with the baby", "on vient avec le bébé", "wir kommen mit dem Baby", "veniamo col bimbo", "vamos com o bebê"):
# the couple and the child on top ("somos tres, vamos con el bebé" is left to the count: the child among them).
_WE_GO_WITH_CHILD = re.compile(
    r"\b(?:vamos|venimos|viajamos|iremos|we'?re (?:coming|going|travell?ing)|we (?:come|go|travel)|on vient|on va|"
    r"on voyage|nous venons|nous voyageons|wir kommen|wir reisen|wir fahren|veniamo|andiamo|viaggiamo|vamos|vimos|"
    r"viajamos)\s+(?:con|with|avec|mit|com|col|coi)\s+(?:(?:el|la|los|las|the|le|les|l'|dem|der|den|il|lo|i|o|a|os|"
    r"as|our|nuestro|nuestra|nuestros|notre|nos|unserem|unserer|unseren|nostro|nostra|nostri|nosso|nossa|nossos)\s*)?"
    rf"(?:(?:{NUMBER})\s+)?{_CHILD}\b"
)
# The room a change keeps ("add an extra bed in the same room", "en la misma habitación", "ins selbe Zimmer").
_SAME_ROOM = re.compile(
    r"\b(?:(?:in|into) the same room|en la misma habitacion|no mesmo quarto|dans la meme chambre|"
    r"(?:ins|im) (?:selbe|gleiche)n? zimmer|nella stessa camera)\b"
)
# The same room for a stay asked in place of a cancelled booking ("cancelem a reserva 77120 ... Em vez disso queremos
# de 16 a 18 de abril, o mesmo quarto", "la misma habitación", "la même chambre", "dasselbe Zimmer", "la stessa
# camera"): one room. (In a change of dates alone, "same room" says the room stays: no count.)
_SAME_ROOM_INSTEAD = re.compile(
    r"\b(?:(?:the )?same room|(?:la )?misma habitacion|(?:el )?mismo cuarto|(?:o )?mesmo quarto|(?:la )?meme chambre|"
    r"(?:dasselbe|das selbe|das gleiche|dem gleichen|demselben) zimmer|(?:la )?stessa (?:camera|stanza))\b"
    r"(?!\s*(?:type|category|kind|tipo|categoria|categorie|typ|kategorie))"
)
_CANCELLED = re.compile(r"\b(?:cancel\w*|anul\w*|annul\w*|storn\w*|disdir\w*|disdett\w*)")
_IN_ITS_PLACE = re.compile(
    r"\b(?:instead|in its place|stattdessen|statt dessen|a la place|en su lugar|en lugar de eso|em vez disso|"
    r"no lugar dela|invece|al suo posto|al posto)\b"
)
_ONE_ROOM = re.compile(
    r"\b(?:una|un|a|an|one|um|uma|une|ein|eine|einen|un'|otra|another|outra|autre|noch ein|un altra|una altra|"
    r"alguna|algun|alguma|algum|(?:es|n|ne)(?=\s+(?:\w+\s+)?(?:\w*zimmer|ferienwohnung|wohnung|suite|studio|dz|ez)\b)|"
    # southern Italian "na" for "una" ("tenite na cammera pe' dduje?"; Portuguese "na suíte" is "in the")
    r"'?na(?=\s+(?:cammera|camera|stanza|cambra)\b)|"
    # the genitive: "die Reservierung eines Doppelzimmers"
    r"eines(?=\s+(?:\w+(?:en|es)\s+)?\w*zimmers\b))\s+"
    rf"(?:{_ROOM_ADJECTIVE}\s+|[a-z]+en\s+(?=[a-z]*zimmers\b)){{0,2}}(?:{_ONE_ROOM_NOUN}|[a-z]*zimmers)\b{_NOT_A_BED}"
    # ("any single rooms?" asks for several)
    r"(?!\s+(?:rooms|habitaciones|quartos|chambres|camere|suites|apartments))"
)
# "ein Zimmer für mich", "un cuarto para mí", "a room for me?": the writer alone (not "para mí y mi esposa", "for me,
# my wife...").
_ROOM_FOR_ME = re.compile(
    rf"\b{_ONE_ROOM_NOUN}\b(?:\s+[a-z]+)?\s+(?:para|pra|for|pour|fur|per)\s+"
    # ("a room for Memorial Day" is no "for me")
    r"(?:me|mim|moi|mich|myself|mi(?=\s*(?:[.;!?)]|$|sol[oa]\b)))\b"
    r"(?!\s*(?:,\s*)?(?:y|and|n|e|et|und|ed|con|with|com|avec|mit|my|mi|mis|meu|minha|mon|ma|meine[nm]?|mia|mio)\b|\s*[+&])"
)
# A room asked for, then the writer alone at the end of the sentence ("vorrei una camera per oggi a otto, una notte
# sola, per me", "a room for tonight, just for me", "una habitación para esta noche, para mí"): one grown-up.
_ROOM_THEN_FOR_ME = re.compile(
    rf"\b{_ONE_ROOM_NOUN}\b[^.!?\n]{{0,60}},\s*(?:(?:solo|just|only|nur|seulement|juste|apenas|so|solamente)\s+)?"
    r"(?:para|pra|for|pour|fur|per)\s+(?:me|mim|moi|mich|myself|mi)\s*(?:[.!?]|$)"
)
_ALL_FAMILY_SINGLE = re.compile(
    r"\b(?:habitacion|room|quarto|chambre|zimmer|camera) (?:individual|single|simple|singola)\b"
)


# One singular room named without a count, in a request for a stay, is one room (docs/INTERFACES.md): bare ("¿tenéis
# habitación doble?", "Doppelzimmer, 2.-5. Mai", "need room for tonight") or after a definite article, demonstrative or
# possessive ("I'll take the double", "quiero la doble", "wir nehmen das Doppelzimmer"). `understand` keeps it only for
# availability and booking_create and marks it implied: the dialogue already books one room by default.
_BARE_ROOM_NOUN = (
    r"(?:(?!bade|wohn|schlaf|ess|arbeits|kinder|warte|konferenz|fruhstucks|tagungs)[a-z]{3,}zimmer|zimmerl|zimmerchen|"
    r"habitacion|habitacioncita|abitacion|havitacion|avitacion|cuartito|recamara|quartinho|chambre|chambrette|"
    r"pieza(?!\s+(?:de|del)\b)|"  # "¿hay pieza pa mañana?" (Chile, Argentina); not "una pieza de equipaje"
    r"cameretta|stanza|stanzetta|apartamento|apartment|appartamento|appartement|ferienwohnung|monolocale|bilocale|"
    r"dz|ez|hab(?=\.?\s+(?:doble|individual|triple|matrimonial|familiar|sencilla)\b)|"
    # ("teneis hab pa mañana?", "hay hab para hoy?": the short form asked for a night)
    r"(?:(?<=\bhay )|(?<=\btienen )|(?<=\bteneis )|(?<=\btenes )|(?<=\btienes )|(?<=\bbusco )|(?<=\bquiero )|"
    r"(?<=\bqueria )|(?<=\bnecesito ))"
    r"hab(?=\.?\s+(?:pa|para|pal|hoy|manana|esta|este|el|del|desde)\b)|"
    # "is there room for eight of us?", "no room for the car" are space, not a room
    r"(?<!\bis there )(?<!\bthere is )(?<!\bthere's )(?<!\benough )(?<!\bmore )(?<!\bno )(?<!\bmake )(?<!\bleg )"
    # rooms of the hotel that are no bedroom ("the breakfast room", "a meeting room")
    r"(?<!\bliving )(?<!\bdining )(?<!\bmeeting )(?<!\bbreakfast )(?<!\bconference )(?<!\bluggage )(?<!\bgame )"
    r"(?<!\bgames )(?<!\bfitness )(?<!\bwaiting )(?<!\bstorage )"
    r"room(?!\s+(?:service|number|key|card|rates?|prices?|types?|categor\w*|only|upgrade|charge|bill)\b)|"
    # "cuarto de hora", "un quarto d'ora", "quarto piano" are a quarter and a floor
    r"(?<!\by )(?<!\be )(?<!\bmenos )(?<!\bmeno )(?:cuarto|quarto)(?!\s*(?:d'ora|d ora|de hora|piano|andar|piso|de final)\b)|"
    # "tout de suite", "par la suite", "à la suite de" are no suite
    r"(?<!\bde )(?<!\bpar la )(?<!\ba la )suite(?!\s+(?:de|du|des|a)\b)|"
    # not the camera of a photographer: an Italian room is "camera" beside a stay's words
    r"camera(?!\s+(?:roll|bag|battery|with|and|or)\b))"
)
# Room types that are adjectives too ("double check", "single night", "un ambiente familiar"): a room only after a
# definite article, demonstrative or possessive and before no noun of their own ("the double for 3-5 May").
_ROOM_TYPE_WORD = (
    r"(?:doble|double|individual|single|twin|triple|familiar|familiale|matrimonial|matrimoniale|doppia|singola|tripla|duplo|triplo|"
    r"quadrupla|cuadruple|quadruple)"
)
_DEFINITE = (
    r"(?:el|la|the|le|il|lo|das|dem|this|that|ese|esa|este|esta|cette|questa|quella|essa|esse|aquela|aquele|"
    r"my|our|your|mi|tu|su|nuestra|vuestra|ma|ta|sa|notre|votre|mia|nostra|vostra|tua|sua|minha|nossa|vossa|"
    r"dieses|diesem|unser|unserem|euer|eurem|ihr|ihrem|mein|meinem|es)"
)
# "¿tienen doble el viernes?", "tem duplo?", "avete doppia?": a room type right after asking for one.
_ASKS_FOR = (
    r"(?:tienen|teneis|tenes|tienes|hay|quedan?|quiero|queria|busco|necesito|tem|tens|tendo|ha|avez|avete|c'e|"
    r"habt|gibt es|need|want|got|book|prenoto|cerco|vorrei|any)"
)
_AFTER_ROOM_TYPE = (
    r"(?=\s*(?:$|[,.;:!?()\-\u2013]|\d|(?:for|para|pra|pa|pour|per|fur|from|del|dal|du|de|des|vom|von|da|do|dia|on|"
    r"al|ao|au|a|to|bis|el|la|le|il|lo|los|las|the|until|till|please|pls|plz|por|bitte|svp|stp|s'il|grazie|gracias|thanks|merci|danke|tonight|"
    r"esta|this|next|que|which|with|con|com|avec|mit|und|y|e|et|and|si|se|then|entonces|alors|dann|allora|at|in|en|"
    r"im|em|nel|nella|hoy|today|hoje|heute|oggi|manana|tomorrow|amanha|demain|morgen|domani|if|is|es|est|ist|o|or|ou|"
    r"oder|oppure|free|available|libre|libres|frei|libera|libere|livre|disponible|disponibile|disponivel|dispo)\b))"
)
_ONE_ROOM_NAMED = re.compile(
    # (the word's start looked at first: the two dozen looks behind it were made at every character)
    r"\b(?<!\bper )(?<!\bpor )(?<!\bpar )(?<!\bpro )(?<!\beach )(?<!\bcada )(?<!\bje )"
    # "número de habitación", "room number", "tipo de quarto", "cambio de habitación": about a room, not one wanted
    r"(?<!numero de )(?<!numero de la )(?<!tipo de )(?<!cambio de )(?<!numero di )(?<!numero do )(?<!numero du )"
    r"(?<!numero de chambre )(?<!type de )(?<!typ )"
    # the room someone is in, asked about ("dans quelle chambre dort M. Gaillard ?", "in which room is...")
    r"(?<!dans quelle )(?<!in which )(?<!in welchem )(?<!en que )(?<!en cual )(?<!in quale )(?<!em que )(?<!em qual )"
    rf"(?:(?:das|dem) zimmer|{_BARE_ROOM_NOUN}|"
    rf"(?:{_DEFINITE}|{_ASKS_FOR})\s+(?:{_ROOM_ADJECTIVE}\s+){{0,2}}{_ROOM_TYPE_WORD}{_AFTER_ROOM_TYPE}|"
    # a room type opening the message or a clause, as a noun ("matrimoniale dal 3 al 6 ago disponibile?", "...
    # Valentine's night? Double, booking under Okafor"; not "double-check")
    r"(?:(?<![\s\S])|(?<=[\n,;:!?])|(?<=[\n,;:!?] ))"
    rf"{_ROOM_TYPE_WORD}(?!\s*-\s*check){_AFTER_ROOM_TYPE})\b{_NOT_A_BED}"
    # a room's number is a room of the hotel, none asked for ("la habitación 304 estuvo genial", "(camera 21)");
    # two digits may be a day ("any family room 15 till 18 May?") or the room wanted ("avoir la chambre 12")
    r"(?!\s*(?:n[or]?[.o]?\s*)?(?:\d{3,4}\b(?!\s*(?:-|/|\.\d|personas|people|adult|pax|persone|pessoas|personnes))|"
    r"\d{2}\s*\)))"
)
# The room each one of a listed party sleeps in ("mi marido y yo en la doble y mi madre en la individual", "my husband
# and I in the double and my mother in the single", "mon mari et moi dans la double et ma mère dans la simple", "mein
# Mann und ich im Doppelzimmer und meine Mutter im Einzelzimmer", "io e mio marito nella matrimoniale e mia madre nella
# singola", "eu e o meu marido no duplo e a minha mãe no individual"): no break in the list of the party.
_IN_THE_ROOM_OF_THE_LIST = re.compile(
    r"\s+(?:en la|en el|in the|in a|dans la|dans le|dans une|im|in der|in einem|nella|nel|no|na|num|numa)\s+"
    rf"(?:{_ROOM_TYPE_WORD}|habitacion|room|chambre|camera|quarto|duplo|simple|[a-z]*zimmer)\b"
    r"(?=\s*(?:,|y|and|et|und|e|ed)\s)"
)
# Several rooms or a general question ("¿hay habitaciones?", "any rooms free?", "habitaciones dobles?", "freie
# Doppelzimmer?", "die Zimmer"); German "Zimmer" alone is singular and plural alike, so "Zimmer frei?" counts nothing.
_ROOMS_PLURAL = re.compile(
    r"\b(?:habitaciones|abitaciones|cuartos|piezas|habs|rooms|rms|chbres|chbs|quartos|chambres|camere|stanze|suites|apartments|"
    r"apartamentos|appartements|appartamenti|departamentos|dobles|doubles|doppie|singole|singles|twins|triples|"
    r"individuales|zimmern|ferienwohnungen|monolocali|bilocali)\b|"
    r"\b(?:die|keine|freie|welche|mehrere|einige|alle|zwei|unsere|eure|ihre|noch freie)\s+(?:[a-z]+e\s+)?[a-z]*zimmer\b|"
    # rooms asked for with no article ("Haben Sie Mehrbettzimmer?", "gibt es Familienzimmer?"): the kind, no count
    r"\b(?:haben sie|habt ihr|hatten sie|hattet ihr|gibt es|gibt's|gibts)\s+(?:bei (?:ihnen|euch)\s+)?"
    r"(?:(?:auch|noch|denn|eigentlich)\s+)?"
    r"[a-z]*zimmer\b|"
    # rooms offered as alternatives leave the count to the dialogue ("habitación doble o triple")
    rf"\b{_ROOM_TYPE_WORD}\s+(?:o|or|ou|oder|oppure|vs)\s+(?:[a-z]+\s+)?{_ROOM_TYPE_WORD}\b"
)


def one_room_named(folded: str) -> bool:
    """One singular room named without a count ("habitación doble?", "the double", "das Doppelzimmer"), and no other."""
    if _ROOMS_PLURAL.search(folded):
        return False
    found = list(_ONE_ROOM_NAMED.finditer(folded))
    named = {m[0].split()[-1] for m in found}
    if len(named) > 1:
        # "Vorrei prenotare la vostra suite ... una bottiglia di prosecco in camera all'arrivo?": the room the guest
        # will be in is the room asked for, not a second one
        named = {m[0].split()[-1] for m in found if not _IN_THE_ROOM.search(folded, 0, m.start())}
    return len(named) == 1


# A room said as where something is put or done ("in camera", "in the room", "dans la chambre", "en la habitación",
# "im Zimmer", "no quarto").
_IN_THE_ROOM = re.compile(
    r"\b(?:in|into|dans|en|im|ins|no|na|nella|nel|in der|in die)\s+(?:(?:the|our|la|le|el|nuestra|notre|nostra|"
    r"vostra|your|votre|vuestra|a|o|nossa|unser|unserem)\s+)?$"
)


# One child named with its article or age: "y la peque de 2 años", "mit meinem Sohn (12) und meiner Tochter (9)",
# "un ado de 15 ans", "und es Chind", "plus Kind (5)", "mit Baby", "una cuna para el bebé". Each one counts.
_CHILD_ONE = (
    # (a little brother or sister first, before "petit" and "kleiner" alone)
    r"(?:little brother|little sister|petit frere|petite soeur|kleiner bruder|kleine schwester|(?:1[0-7]|0?[1-9]) ?yo|nino|nina|nene|nena|peque|hijo|hija|hijito|hijita|filhinho|filhinha|bebe|bebito|bebita|chamaco|chamaca|crio|cria|chaval|chavala|pibe|piba|"
    r"kid|child|son|daughter|boy|girl|baby|toddler|teen|teenager|infant|enfant|fils|fille|ado|bb|gamin|gamine|"
    r"nipper|sprog|mome|knirps|marmocchio|"
    r"kind|chind|sohn|tochter|bub|bua|bueb|madchen|junge|kleinkind|saugling|bambino|bambina|bimbo|bimba|figlio|figlia|"
    r"neonato|neonata|ragazzino|ragazzina|crianca|filho|filha|miudo|miuda|menino|menina|nenem|garoto|garota|menor|"
    r"jugendliche[r]?|adolescente|grandson|granddaughter|nieto|nieta|neto|neta|petit-fils|petite-fille|enkelkind|"
    r"enkelin|enkel|nipotino|nipotina|petite|petit|pequena|pequeno|kleine|kleiner|piccola|piccolo|ragazzo|ragazza|"
    # a brother or sister with an age under 18 ("meu irmão de 15 anos"), and "the little one (she's 3)"
    r"brother|sister|hermano|hermana|irmao|irma|frere|soeur|bruder|schwester|fratello|sorella|little one|"
    # a nephew or niece with an age under 18 ("Vem também o meu sobrinho de 9 anos", "my niece (7)")
    r"nephew|niece|sobrino|sobrina|sobrinho|sobrinha|neveu|niece|neffe|nichte|nipote|"
    # a little brother or sister ("y su hermanito", "and her little brother", "et son petit frère", "und ihr kleiner
    # Bruder", "e il suo fratellino", "e o irmãozinho dela"), and whose birthday it is, with an age ("la cumpleañera (8
    # años)", "the birthday girl (8)", "das Geburtstagskind (8)", "la festeggiata (8 anni)", "a aniversariante (8 anos)")
    r"hermanito|hermanita|"
    r"bruderchen|schwesterchen|fratellino|sorellina|irmaozinho|irmazinha|cumpleanera|cumpleanero|birthday girl|"
    r"birthday boy|geburtstagskind|festeggiata|festeggiato|aniversariante)"
)
# A child said to come too ("We are two. Our daughter (6) comes too.", "Viene también nuestro hijo"): on top.
_CHILD_COMES_TOO = re.compile(
    rf"\b(?:{_CHILD}|{_CHILD_ONE})\b[^.?!]{{0,12}}\b(?:comes?|is coming|will come|joins us|kommt|kommen|vient|viennent|viene|vienen|"
    r"vem|vengono)\s+(?:too|as well|along|also|tambien|tambem|aussi|auch|anche)\b|"
    rf"\b(?:{_CHILD}|{_CHILD_ONE})\b[^.?!]{{0,12}}\b(?:also|tambien|tambem|aussi|auch|anche)\s+(?:comes|vem|vient|kommt|viene)\b|"
    # "notre fils de 12 ans vient finalement avec nous", "our son is coming with us after all", "viene con nosotros"
    rf"\b(?:{_CHILD}|{_CHILD_ONE})\b[^.?!]{{0,16}}\b(?:comes?|is coming|will come|vient|viendra|viene|vendra|vem|vai|kommt|verra)\s+"
    r"(?:(?:finalement|finalmente|after all|al final|doch|ahora|now|maintenant|jetzt|agora|adesso|ora)\s+)?"
    r"(?:with us|avec nous|con nosotros|con noi|conosco|connosco|mit)\b|"
    r"\b(?:viene|vienen|vem|vient|viennent|kommt|kommen|viene|vengono|verra|verranno|vendra|vendran|viendra|"
    r"viendront|vira|virao)\s+(?:tambien|tambem|aussi|auch|anche)\s+"
    rf"(?:\w+\s+){{0,2}}{_CHILD}\b"
)
# A child added to a booking's party ("somos dos, pero nos olvidamos de poner al bebé", "we're two but forgot to add the
# baby", "on a oublié d'ajouter le bébé", "vergessen, das Baby einzutragen", "aggiungere il bambino", "colocar o
# bebê"): on top of the count.
_CHILD_ADDED = re.compile(
    r"\b(?:poner|anadir|agregar|incluir|add|include|ajouter|inclure|eintragen|hinzufugen|aggiungere|inserire|includere|"
    r"colocar|acrescentar|adicionar)\s+(?:al|ao|au|el|la|the|our|le|la|das|unser|unsere|il|la|o|a|nuestro|nuestra|"
    rf"notre|nostro|nostra|o nosso|a nossa)\s+{_CHILD_ONE}\b|"
    rf"\b(?:das|unser|unsere[nm]?)\s+{_CHILD_ONE}\s+(?:einzutragen|einzubuchen|hinzuzufugen|eintragen|nachtragen)\b"
)
# Words for a child that are adjectives too ("la petite de 3 ans", "la pequeña chambre"): a child only with an age.
# ("el menor", "la petite" among children named in the plural are one of them: "dos hijas, la mayor de 10 y la
# menor de 5 años").
_ADJECTIVE_CHILD = frozenset(
    # "boy", "girl" and "Junge" too: "me and my girl" is a girlfriend; "a girl (5)" is a child
    {
        "petite",
        "petit",
        "pequena",
        "pequeno",
        "kleine",
        "kleiner",
        "piccola",
        "piccolo",
        "menor",
        "boy",
        "girl",
        "junge",
        "ragazzo",
        "ragazza",
        "brother",
        "sister",
        "hermano",
        "hermana",
        "irmao",
        "irma",
        "frere",
        "soeur",
        "bruder",
        "schwester",
        "fratello",
        "sorella",
        "nephew",
        "niece",
        "sobrino",
        "sobrina",
        "sobrinho",
        "sobrinha",
        "neveu",
        "neffe",
        "nichte",
        "nipote",
        "cumpleanera",
        "cumpleanero",
        "birthday girl",
        "birthday boy",
        "geburtstagskind",
        "festeggiata",
        "festeggiato",
        "aniversariante",
    }
)
_PLURAL_CHILDREN = re.compile(
    r"\b(?:ninos|ninas|hijos|hijas|nenes|peques|menores|kids|children|sons|daughters|enfants|filles|gosses|ados|kinder|"
    r"kindern|sohne|bambini|bimbi|figli|figlie|ragazzi|criancas|filhos|filhas|miudos|meninos|twins|gemelos|jumeaux|"
    r"zwillinge|gemelli|gemeos)\b"
)
# Children a bare connector brings ("mit Baby", "con bebé", "plus Kind"); "with child" alone is no age.
_BARE_CHILD = frozenset(
    {
        "baby",
        "bebe",
        "kind",
        "chind",
        "bb",
        "neonato",
        "neonata",
        "nene",
        "nena",
        "nino",
        "nina",
        "enfant",
        "bambino",
        "bambina",
        "crianca",
        "kleinkind",
        "saugling",
        "toddler",
        "infant",
    }
)
# Verbs adding a child to a booking, read as connectors before it ("poner al bebé", "add the baby").
_ADD_VERBS = frozenset(
    {
        "poner",
        "anadir",
        "agregar",
        "incluir",
        "add",
        "include",
        "ajouter",
        "inclure",
        "eintragen",
        "hinzufugen",
    }
    | {"aggiungere", "inserire", "includere", "colocar", "acrescentar", "adicionar"}
)
_BARE_CONNECTORS = frozenset(
    {"mit", "with", "con", "com", "avec", "plus", "+", "mas", "piu", "und", "e", "et", "pis", "y"}
)
_ONE_CHILD = re.compile(
    r"(?:(?P<conn>\b(?:y|and|e|et|pis|und|con|with|com|avec|mit|plus|mas|piu|para|pra|pro|for|pour|fur|per|"
    # a child added to a booking ("nos olvidamos de poner al bebé", "forgot to add the baby", "ajouter le bébé",
    # "aggiungere il bambino", "colocar o bebê")
    r"poner|anadir|agregar|incluir|add|include|ajouter|inclure|eintragen|hinzufugen|aggiungere|inserire|includere|"
    r"colocar|acrescentar|adicionar)\b|[+&,])\s*)?"
    r"(?:\b(?P<det>una|un|an|a|one|uma|um|une|ein|eine|einem|einer|einen|es|am|el|la|the|o|le|das|dem|den|der|die|il|lo|"
    r"al|ao|au|"
    r"em|mis|mi|my|our|nuestro|nuestra|notre|mon|ma|unser|unsere|unserem|unserer|unseren|mein|meine|meinem|meiner|"
    r"meinen|il mio|la mia|il nostro|la nostra|mio|mia|o meu|a minha|o nosso|a nossa|meu|minha|nosso|nossa|sa|son|su|"
    r"sus|seu|sua|his|her|their|leur|ihr|ihre|ihren|ihrem|seine|seinem|seinen|il suo|la sua|suo|o seu|a sua)\s+)?"
    # ("her little brother" is a child: the adjective stays with the sibling)
    r"(?:(?:little|small|young|pequen[oa]|petite?|kleine[nr]?|piccol[oa]|chiquit[oa])\s+"
    r"(?!(?:brother|sister|frere|soeur|bruder|schwester)\b))?"
    r"(?P<agefirst>\d{1,2}[ -]?(?:jahrige[nrs]?|year[ -]old|month[ -]old)\s+)?"
    rf"\b(?P<child>{_CHILD_ONE})\b"
    # the child's name before its age ("meu filho Leo de 7 anos", "mon fils Léo (8 ans)")
    r"(?P<age>(?:\s+(?!(?:y|and|e|et|und|de|di|von|of|con|with|com|avec|mit|aged?)\b)[a-z]{2,12}"
    r"(?=\s*(?:\(\s*\d|,?\s*(?:de|di|von|of|aged?)\s+\d)))?"
    r"(?:\s*\(\s*(?:he'?s|she'?s|il a|elle a|er ist|sie ist)?\s*\d{1,2}\s*(?:[a-z]{1,6}\.?)?\s*\)|"
    rf"\s*,?\s*(?:de|di|von|of|aged?|age)\s+(?:\d{{1,2}}|{NUMBER})\s*"
    r"(?:anos|ano|ans|an|anni|anno|jahren?|years?|yrs?|meses|mes|mois|mesi|mese|monaten?|months?)\b|"
    # "aged 12" under 18 needs no unit ("my son aged 16 with his sister aged 12")
    r"\s*,?\s*(?:aged|im alter von)\s+(?:1[0-7]|0?[1-9])\b(?![/.:-]\d)|"
    rf"\s*,?\s*(?:\d{{1,2}}|{NUMBER})\s*(?:years? old|year-old|yo|jahre alt|jahrig|anos|ans|anni)\b))?"
)
# Cheap tests that skip the longer patterns for the many messages without their words (bench_nlu: < 5 ms p50).
_CHILD_WORD = re.compile(rf"\b{_CHILD_ONE}\b")
# A child said to be alone ("Dürfen Kinder allein in den Pool?", "can the kids go alone", "los niños solos", "les
# enfants seuls", "i bambini da soli", "as crianças sozinhas"): no one of the party alone.
# ("Mio figlio di 12 anni può andare da solo in piscina?": its age and a verb between)
_CHILD_BEFORE_ALONE = re.compile(
    rf"\b(?:{_CHILD[3:-1]}|{_CHILD_ONE[3:-1]})\b(?:\s+(?!(?:and|y|et|und|e|ed)\s)[a-z0-9'-]+){{0,5}}\s+$"
)
# A child's age said bare after another's with its unit ("meu filho de 16 anos com a irmã dele de 12", "mio figlio di
# 16 anni con sua sorella di 12", "my son aged 16 with his sister aged 12"): the unit said once stands for both.
_AGE_UNIT = re.compile(r"\b\d{1,2}\s*(?P<unit>anos|ans|anni|jahren|jahre|years)\b")
_BARE_AGE = re.compile(
    rf"(?P<head>\b{_CHILD_ONE}(?:\s+(?:dele|dela|del|de ella|de el))?\s*,?\s*(?:de|di|von|aged?)\s+\d{{1,2}})"
    r"(?=\s*(?:[.,;!?)]|$|\b(?:y|and|e|et|und)\b))"
)
_CHILD_BEFORE = re.compile(rf"(?:\b{_CHILD_ONE}|§)\s+$")  # § marks children counted already
_INSTEAD_WORD = re.compile(r"\b(?:vez|lugar|instead|rather|lieu|statt|anstatt|invece|posto|inves)\b")
# "os miúdos (dois)", "Kinder (2)": a count in brackets after plural children (one number: not their ages).
_CHILDREN_BRACKETED = re.compile(
    r"\b(?:kids|children|ninos|ninas|hijos|hijas|peques|criancas|filhos|filhas|miudos|miudas|enfants|kinder|kindern|"
    rf"chinder|bambini|figli|bimbi|meninos)\s*\(\s*{_NUM}\s*\)"
)
# "2+1", "2 + 2": adults plus children, the way parties are written on booking sites.
_PLUS_CORE = (
    r"(?<![\d.,/:+])\b(?P<a>[1-9])\s*\+\s*(?P<c>[1-9])\b(?![.,/:+]?\d)"
    r"(?!\s*(?:€|eur|euros?|noches?|nights?|noites?|nuits?|nachte|notti|dias?|days?|jours?|tage|giorni|=))"
)
_PLUS = re.compile(_PLUS_CORE + r"(?!\s*\?\s*$)")
# A room asked for makes "2+2?" at the end a party ("is there a family room for 2+2?"), not a sum ("what's 2+2?").
_PLUS_ASKED = re.compile(_PLUS_CORE)
# "fünfköpfige Familie", "4-köpfige Familie": a family's size (its children among them).
_HEADED = re.compile(rf"\b(?P<n>{NUMBER}|\d{{1,2}})-?kopfige[nr]?\s+(?=familie|gruppe)")
# A form's fields ("Huéspedes: 2", "Number of adults: 2", "Kinder: 0"): the count before its noun.
_FORM_FIELD = re.compile(
    # ("2 quartos: 1 casal e 1 twin" is a count and its breakdown, no field)
    r"(?<!(?<![\d/.:-])(?<!: )\d )(?<!(?<![\d/.:-])(?<!: )\d\d )\b(?P<label>huespedes|guests|personas|people|persons|personnes|personen|persone|pessoas|hospedes|ospiti|gaste|"
    r"adultos|adults|adultes|erwachsene|adulti|ninos|children|kids|enfants|kinder|bambini|criancas|menores|"
    r"habitaciones|rooms|chambres|zimmer|camere|quartos|pax)\s*:\s*(?P<n>\d{1,2})\b(?![/.:]\d)"
    # ("Niños: 3 y 5 años" are ages, not three children)
    r"(?!\s*(?:,|y|and|e|et|und|-|/)\s*\d)(?!\s*(?:anos|ano|ans|years?|yrs?|jahre|anni|meses|mois|months?)\b)"
)
# "Guests: 2 adults, 1 child": a count of people followed by its own noun is that noun's count.
_PEOPLE_LABELS = frozenset(
    {"huespedes", "guests", "personas", "people", "persons", "personnes", "personen", "persone", "pessoas"}
    | {"hospedes", "ospiti", "gaste", "pax"}
)
_PARTY_NOUN_AFTER = re.compile(
    rf"[ \t]*(?:{_ADULT}|{_CHILD})\b(?!\s*:)"
)  # ("Guests: 3\nChildren: 0": a field)


def _form_count(m: re.Match[str]) -> str:
    if m["label"] in _PEOPLE_LABELS and _PARTY_NOUN_AFTER.match(m.string, m.end()):
        return m["n"]
    return f"{m['n']} {m['label']}"


# A form's fields written without their colons ("Erwachsene 2, Kinder 2 (5 und 8)", "adults 2 / kids 1"): the
# count after its label.
_FIELD_NO_COLON_CHEAP = re.compile(
    r"\b(?:erwachsene|adultos|adults|adultes|adulti|kinder|ninos|children|kids|enfants|bambini|criancas)\s+\d"
)
_FIELD_NO_COLON = re.compile(
    r"\b(?P<label>erwachsene|adultos|adults|adultes|adulti|kinder|ninos|children|kids|enfants|bambini|criancas)\s+"
    # ("kids 4, 7 & 10" are ages)
    r"(?P<n>\d{1,2})\b(?=\s*(?:[,;(/]|$))(?!\s*[,&/]\s*\d)"
)
_ROOM_FIELD = re.compile(
    # ("vorrei una camera: arrivo il 20" is one room asked for, no field)
    r"\b(?<!\buna )(?<!\bun )(?<!\ba )(?<!\ban )(?<!\bone )(?<!\buma )(?<!\bum )(?<!\bune )(?<!\bein )(?<!\bla )"
    r"(?:zimmer|zimmerart|zimmertyp|room|room type|habitacion|tipo de habitacion|chambre|type de chambre|camera|"
    r"tipologia|tipo di camera|quarto|tipo de quarto)\s*:\s*(?=[a-z])"
)
# "3 instead of 2", "3 en vez de 2": the new count of a change.
_INSTEAD_OF = re.compile(
    r"\b(?<!el )(?<!le )(?<!am )(?<!il )(?<!dia )(?<!the )(?<!on )(?<!al )(?<!au )(?<!ao )(?<!du )(?<!do )(?<!den )"
    # a clock time is no count ("a las 2 en vez de a las 12", "at 2 instead of 12", "um 14 statt um 11")
    r"(?<!las )(?<!at )(?<!um )(?<!alle )(?<!as )(?<!a )"
    rf"{_NUM}\s+{_INSTEAD}\s+(?!(?:a|at|um|as|alle|las)\s)(?!a\s*(?:las|les)\b){NUMBER}\b"
)
# "nur noch vier statt sechs Personen", "3 instead of 2 people": the new count keeps the noun.
_INSTEAD_OF_NOUN = re.compile(rf"{_INSTEAD_OF.pattern}(?=\s+(?:{_PERSON}|{_ADULT})\b)")
# A count said not to be the party ("zwei Erwachsene und ein Kind, nicht nur zwei Erwachsene", "2 adults and a child,
# not just 2 adults", "et non 2 adultes", "no solo 2 adultos", "non solo 2 adulti", "e não só 2 adultos"): no count.
_NOT_THIS_COUNT = re.compile(
    r"\b(?:nicht nur|nicht bloss|nicht|not just|not only|not|no solo|no solamente|no|non solo|non soltanto|non|"
    r"pas seulement|pas juste|pas|et non|nao so|nao apenas|nao)\s+"
    rf"(?:{NUMBER})\s+(?:{_ADULT}|{_PERSON}|{_CHILD})\b"
)
# "Non siamo più 5 ma 4", "ya no somos 5 sino 4", "we're not 5 but 4": the second count is the party.
_NOT_BUT = re.compile(
    r"\b(?:non siamo piu|non saremo piu|no somos|ya no somos|no seremos|we'?re not|we are not|we won'?t be|"
    r"nous ne sommes plus|nous ne serons plus|on n'est plus|on ne sera plus|wir sind nicht mehr|wir sind nicht|"
    rf"nao somos mais|ja nao somos|nao seremos)\s+(?:{NUMBER})\s*,?\s*(?:ma|sino|but|mais|sondern|mas|e sim)\s+"
    rf"(?:(?:solo|only|just|seulement|nur noch|nur|apenas|so)\s+)?(?P<n>{NUMBER})\b"
)
# The count given up said first ("en vez de dos adultos vamos a ser tres", "instead of two adults we'll be three",
# "au lieu de deux adultes nous serons trois", "statt zwei Erwachsenen sind wir jetzt drei", "invece di due adulti
# saremo in tre", "em vez de dois adultos vamos ser três"): the count after the verb is the party, of the same noun.
_INSTEAD_OF_FIRST = re.compile(
    rf"\b{_INSTEAD}\s+(?:{NUMBER})\s+(?P<noun>{_ADULT}|{_PERSON})\b\s*,?\s*"
    r"(?:vamos a ser|vamos ser|seremos|somos|seriamos|we'?ll be|we will be|we are|we'?re|there will be|nous serons|"
    r"on sera|nous sommes|on est|sind wir(?: jetzt| nun)?|werden wir|kommen|saremo|siamo|sarebbero|saranno|serao|"
    rf"vao ser)\s+(?:(?:in|zu|now|jetzt|ahora|agora|ora)\s+)?(?P<n>{NUMBER})\b"
)
# The whole party given up after "instead of" ("it'll just be me and my mum in the twin instead of the three of us",
# "seremos mi madre y yo en lugar de nosotros tres", "ma mère et moi au lieu de nous trois", "io e mia madre invece di
# noi tre", "3 people instead of 4 people"): no one of the party now (adults given up: _PARTY_GIVEN_UP).
_PARTY_INSTEAD = re.compile(
    rf"\b{_INSTEAD}\s+(?:(?:the|los|las|os|as|i|le|les|die)\s+)?(?:{NUMBER})\s+(?:of us|de nosotros|de nosotras|"
    rf"d'entre nous|di noi|{_PERSON})\b|"
    rf"\b{_INSTEAD}\s+(?:nosotros|nosotras|nous|noi|nos|uns|wir)\s+(?:{NUMBER})\b"
)
# German compounds cut short before "und"/"oder" ("ein Doppel- und ein Einzelzimmer"): each one a room.
_CUT_COMPOUND = re.compile(r"\b([a-z]{3,})-\s+(?=(?:und|oder|u\.)\s+(?:[a-z]+\s+){0,2}[a-z]*zimmer\b)")
# A son or daughter of 18 or more is an adult ("nuestro hijo de 19 años", "my son (he's 20)", "mit meinem Sohn (19)",
# "o meu filho de 19 anos"): a companion, not a child.
_GROWN_CHILD_WORD = (
    r"(?:hijo|hija|son|daughter|sohn|tochter|figlio|figlia|filho|filha|fils|fille|nieto|nieta|grandson|granddaughter|"
    r"neto|neta|enkel|enkelin|petit-fils|petite-fille)"
)
_GROWN_CHILD = re.compile(
    rf"\b{_GROWN_CHILD_WORD}\b(?:\s*\(\s*(?:he'?s|she'?s|il a|elle a|er ist|sie ist|tiene|tem|ha)?\s*"
    rf"(?P<a1>\d{{2}})\s*(?:[a-z]{{1,6}}\.?)?\s*\)|\s*,?\s*(?:de|di|von|of|aged?|que tiene|che ha|qui a|que tem)\s+"
    rf"(?P<a2>\d{{2}}|{NUMBER})(?!\s*(?:meses|mois|mesi|monate[n]?|months?|de\b|/|\.\d))|\s*,?\s*(?P<a3>\d{{2}})\s*"
    r"(?:years? old|yo|jahre alt|anos|ans|anni)\b)|"
    rf"\b(?P<a4>\d{{2}})[ -]?(?:years?|yrs?)[ -]old\s+{_GROWN_CHILD_WORD}\b"
)


def _grown_children(folded: str) -> int:
    """Sons and daughters named with an age of 18 or more."""
    return sum(
        1
        for m in _GROWN_CHILD.finditer(folded)
        if 18 <= (to_int(m["a1"] or m["a2"] or m["a3"] or m["a4"] or "") or 0) <= 80
    )


# The writer's son or daughter beside a grandchild of the writer ("para mi hija, mi nieto de 10 años y yo", "for my
# daughter, my grandson (10) and me", "pour ma fille, mon petit-fils de 10 ans et moi", "für meine Tochter, meinen
# Enkel (10) und mich", "per mia figlia, mio nipote di 10 anni e me", "para a minha filha, o meu neto de 10 anos e
# mim") is the grandchild's parent: grown.
_GRANDCHILD = re.compile(
    r"\b(?:nietos?|nietas?|grandsons?|granddaughters?|grandchildren|grandkids?|petits?-fils|petites?-filles|"
    r"petits-enfants|enkel|enkeln|enkelin|enkelinnen|enkelkinder|enkelkind|nipotin[oiae]|netos?|netas?)\b|"
    r"\b(?:mio|mia|miei|mie|il mio|la mia|i miei|nostro|nostra)\s+nipot[ei]\b"
)
_OWN_SON_OR_DAUGHTER = re.compile(
    r"\b(?:my|mi|ma|mon|mein|meine|meinen|meinem|meiner|mia|mio|la mia|il mio|minha|meu|a minha|o meu)\s+"
    r"(?:hija|hijo|daughter|son|fille|fils|tochter|sohn|figlia|figlio|filha|filho)\b"
    r"(?!\s*(?:\(\s*\d|,?\s*(?:de|di|von|of|aged?)\s+\d))"
)


def _parents_of_grandchildren(folded: str) -> int:
    """The writer's sons and daughters named beside a grandchild of the writer (no age of their own)."""
    return len(_OWN_SON_OR_DAUGHTER.findall(folded)) if _GRANDCHILD.search(folded) else 0


_UN_APOSTROPHE = re.compile(r"\bun'(?=[a-z])")  # "io e un'amica": the article as a word


# "nous deux et le petit", "wir zwei und der Kleine", "nós dois e o pequeno": "the little one" ending its clause is a
# child ("la petite chambre" is a room).
_THE = frozenset({"el", "la", "the", "o", "a", "le", "der", "die", "das", "il", "lo"})
_LITTLE = frozenset({"petit", "petite", "pequeno", "pequena", "kleine", "kleiner", "piccolo", "piccola"})
# (a spoken message's closing words end it too: "deux adultes et le petit voilà merci")
_CLAUSE_END = re.compile(
    r"\s*(?:[,.;:!?)]|$|\b(?:y|and|e|et|und|pis|voila|merci|quoi|euh|thanks|thank you|gracias|obrigad[oa]|danke|"
    r"grazie|please|por favor|per favore|bitte)\b)"
)


def _one_children(folded: str, *, more: bool = False) -> int:
    """Children named one by one with an article, a possessive or an age.

    `more`: children were counted already, so only one added by "and", "with", "plus" counts on top ("dos niños y
    el bebé"); "2+1, el nene tiene 6 años" is one of them.
    """
    count = 0
    if not _CHILD_WORD.search(folded):
        return 0
    for m in _ONE_CHILD.finditer(folded):
        conn, det, child = m["conn"], m["det"], m["child"]
        added = conn in _ADD_VERBS
        if more and (conn in (None, ",", "para", "for", "pour", "fur", "per") or added):
            continue  # ("esquecemos de colocar o bebê, então fica 2 adultos e 1 criança": one of them)
        if added and (
            (child not in _BARE_CHILD and not m["age"])
            or re.search(rf"\b{re.escape(child)}\b", folded[m.end() :])
        ):
            # ("need to add my son to the reservation" says no age; "colocar o bebê ... + o bebê de 8 meses" names
            # the same child again)
            continue
        if child in _ADJECTIVE_CHILD and (
            more
            or not (
                m["age"] or (conn and det in _THE and child in _LITTLE and _CLAUSE_END.match(folded, m.end()))
            )
            or _CHILD_BEFORE.search(folded, 0, m.start("child"))
            or _PLURAL_CHILDREN.search(folded)
        ):
            continue  # "la petite chambre"; "una niña pequeña de 3 años" is one child
        if (
            m["age"]
            or m["agefirst"]
            or (conn and det)
            or (conn in _BARE_CONNECTORS and child in _BARE_CHILD)
            or conn == "+"  # "2 adults + baby + child" ("Lacroix & Fils" is a firm)
        ):
            count += 1
    return count


# Rooms offered as alternatives or compared ("a single vs a double", "is a double cheaper than a twin?").
_ROOM_OR = re.compile(
    r"\s*(?:[a-z]+\s*)?,?\s*(?:o|or|ou|oder|oppure|o bien|ou bien|vs\.?|versus|than|que|als|di|plutot que|"
    r"piuttosto che|do que)\s+"
)
# The room wanted instead of another ("una doble en vez de una triple"): only the first counts.
_ROOM_INSTEAD = re.compile(rf"\s*,?\s*{_INSTEAD}\s+")


# A room swapped for another ("booked a double ... can you switch it to a triple?", "swap it for a family room",
# "cambiarla por una triple", "auf ein Dreibettzimmer umbuchen"): the same room, counted once.
_ROOM_SWAP = re.compile(
    r"\b(?:switch|swap|change|upgrade|turn|make|cambiar|cambiarla|cambiarlo|pasar|pasarla|trocar|troca-lo|"
    r"troca-la|mudar|passar|passa-lo|passa-la|changer|passer|transformer|cambiare|cambiarla|passare|tauschen|umbuchen|andern|umwandeln)"
    r"(?:\s+(?:it|that|this|them|ours|la|lo|le|es|sie|ihn|das|o|a))?\s+"
    r"(?:(?:in)?to|for|into|with|por|a|para|pour|en|contre|in|auf|gegen|con|pra)\s+$"
)

# German with the verb last ("kann ma des auf a Dreibettzimmer umbuchen?", "Können Sie auf ein Doppelzimmer
# umbuchen?"): the same room, counted once.
_ROOM_SWAP_TO = re.compile(r"\b(?:auf|in)\s+$")
_ROOM_SWAP_VERB_LAST = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:umbuchen|umandern|andern|umwandeln|tauschen|wechseln)\b"
)


_ONE_ARTICLE = frozenset(
    {"a", "an", "un", "una", "uno", "um", "uma", "une", "ein", "eine", "einen", "einem", "na", "'na"}
)
# Words that add a room rather than name the same one again ("and", "also", "another", "for my parents").
_ROOM_ADDED = re.compile(
    r"\b(?:and|also|too|another|second|more|plus|y|tambien|otra|otro|segunda|mas|e|anche|altra|altro|seconda|piu|"
    r"und|auch|noch|zweites|weiteres|et|aussi|autre|deuxieme|tambem|outra|outro|segundo|mais|"
    r"for|para|pra|pour|fur|per)\b"
)
# Verbs of a preference for how the room is ("we would appreciate", "we'd prefer", "apprécierions", "agradeceríamos",
# "gradiremmo", "bevorzugen").
_PREFERENCE = re.compile(
    r"\b(?:appreciate|prefer\w*|apprecier\w*|agradec\w*|gradir\w*|gradiremmo|apprezzer\w*|bevorzug\w*|"
    # ("We would be grateful for a room close to the lift")
    r"grateful for|thankful for|reconnaissante?s? pour|dankbar fur|grat[oi] per|grata per|agradecid[oa]s? por)\b"
)
_ALSO = frozenset({"also", "too", "tambien", "aussi", "anche", "auch", "tambem"})
_FOR_SOMEONE = re.compile(r"\b(?:for|para|pra|pour|fur|per)\b")
_GENERIC_ROOM = frozenset(
    {"room", "habitacion", "chambre", "zimmer", "camera", "cammera", "quarto", "stanza", "cuarto"}
)


def _same_room_again(folded: str, left: tuple[int, int, int], right: tuple[int, int, int]) -> bool:
    """A room named with "a" in one sentence and again in a later one ("Sie wünscht sich ein Zimmer mit Seeblick. Was
    würde ein Doppelzimmer mit Seeblick kosten?", "una camera dal 18 al 20 ... Avete una camera familiare?"): the
    same room, said again more precisely, unless the later sentence adds it ("... And a single for my mum")."""
    first, second = folded[left[0] : left[1]].split(), folded[right[0] : right[1]].split()
    # ("due camere doppie ... Mia madre cammina con il deambulatore, quindi se possibile una camera vicino
    # all'ascensore": a room of the count, said again, is one of them)
    one_of_them = left[2] >= 2 and second[-1] in _GENERIC_ROOM
    if (
        right[2] != 1
        or second[0] not in _ONE_ARTICLE
        # ("one twin room ... We would be grateful for a room close to the lift": the same)
        or not (one_of_them or (left[2] == 1 and (first[0] in _ONE_ARTICLE or first[0] == "one")))
    ):
        return False
    between = folded[left[1] : right[0]]
    ends = [i for i, c in enumerate(between) if c in ".?!\n"]
    if not ends:
        return False
    # ("We would also appreciate a quiet room", "et apprécierions ... une chambre calme": a room wished as it should
    # be is the one asked for; the "also" or "and" before the wish adds a wish, not a room)
    wish = _PREFERENCE.search(between, ends[-1])
    if wish:
        rest = re.match(r"[^.?!\n]*", folded[right[1] :])
        if any(w not in _ALSO for w in _ROOM_ADDED.findall(between, wish.end())) or _FOR_SOMEONE.search(
            rest[0] if rest else ""
        ):
            return False
    elif _ROOM_ADDED.search(between, ends[-1]) or _ROOM_ADDED.match(folded, right[1]):
        return False
    if one_of_them:
        # ("... A room for my mum too.": one more)
        rest = re.match(r"[^.?!\n]*", folded[right[1] :])
        return not _ROOM_ADDED.search(rest[0] if rest else "")
    a, b = first[-1], second[-1]
    return a in _GENERIC_ROOM or b in _GENERIC_ROOM or a.endswith(b) or b.endswith(a)


_ROOMS_WORD = frozenset(
    {"rooms", "habitaciones", "chambres", "zimmer", "camere", "quartos", "stanze", "cuartos"}
)
_PREPOSITIONS = frozenset({"for", "para", "pra", "pour", "fur", "per"})


def _same_count_again(folded: str, left: tuple[int, int, int], right: tuple[int, int, int]) -> bool:
    """A count of rooms said again in a later sentence ("three double rooms ... a better rate for three rooms",
    "dos habitaciones dobles ... ¿descuento por dos habitaciones?"): the same rooms, unless the later sentence adds
    them ("And two rooms for our kids")."""
    if left[2] < 2 or right[2] != left[2] or folded[right[0] : right[1]].split()[-1] not in _ROOMS_WORD:
        return False
    between = folded[left[1] : right[0]]
    ends = [i for i, c in enumerate(between) if c in ".?!\n"]
    if not ends:
        return False
    before = [w for w in _ROOM_ADDED.findall(between, ends[-1]) if w not in _PREPOSITIONS]
    rest = re.match(r"[^.?!\n]*", folded[right[1] :])
    return not before and not _ROOM_ADDED.search(rest[0] if rest else "")


# A room whose being free is a condition ("extend our stay until 6 August if a room is still available", "si queda
# una habitación libre", "s'il reste une chambre", "falls noch ein Zimmer frei ist", "se c'è ancora una camera", "se
# ainda houver um quarto"): no count asked for (a request for a stay still means one room: `one_room_named`).
_IF_FREE_BEFORE = re.compile(
    r"\b(?:if|whether|si|s'il|se|ob|falls|wenn)(?:\s+(?:there'?s|there is|still|todavia|aun|queda|hay|reste|y a|"
    r"encore|noch|c'e|e|ancora|ainda|houver|tiver|existe|ci sia)){0,3}\s+$"
)
_IF_FREE_AFTER = re.compile(
    r"\s+(?:(?:is|are|be)\s+(?:still\s+)?(?:available|free)|(?:libre|disponible|libera|disponibile|livre|disponivel|"
    r"frei)\b|(?:ist|sei)\b)"
)


_ASKING_IF = re.compile(
    r"\b(?:ask|asking|know|wonder\w*|check|chiedere|chiedo|sapere|domandare|saber|preguntar\w*|pregunto|consultar|"
    r"savoir|demander|demande|fragen|frage|wissen|erkundigen|perguntar|pergunto|verificar|verifier)\b"
)


def _room_if_free(folded: str, m: re.Match[str]) -> bool:
    start, end = m.span()
    words = folded[start:end].split()
    if words[0] == "noch" and len(words) > 2:  # "falls noch ein Zimmer frei ist": "still", not "another"
        start, words = start + len("noch "), words[1:]
    cond = _IF_FREE_BEFORE.search(folded, max(0, start - 40), start)
    return (
        words[0] in _ONE_ARTICLE
        and cond is not None
        # ("volevo chiedere ... se c'è una matrimoniale libera", "I wanted to ask if a room is free": a room asked for)
        and not _ASKING_IF.search(folded, max(0, cond.start() - 60), cond.start())
        and bool(_IF_FREE_AFTER.match(folded, end) or re.match(r"\s*(?:[,.;!?]|$)", folded[end:]))
    )


def _rooms(folded: str) -> int | None:
    """Rooms counted; a count followed by its breakdown ("dos habitaciones, una doble y una triple") once."""
    # ("👫🛏️", read "a couple room", is a room for a couple; "a couple rooms" are two)
    found = [
        (m.start(), m.end(), 1 if m["other"] else to_int(m["n"]) or 0)
        for m in _ROOMS.finditer(folded)
        if (m["n"] not in ("couple", "a couple") or m[0].endswith("s"))
        and not _room_if_free(folded, m)
        # ("¿Se puede agregar una cama o hace falta otro cuarto?": another room with none named before it is one on
        # top of the booking's, no count in all)
        and not (m["other"] and not _ROOM_KIND.search(folded, 0, m.start()))
    ]
    found = [
        right
        for left, right in zip([None, *found], found, strict=False)
        if left is None
        or not (
            _ROOM_INSTEAD.fullmatch(folded, left[1], right[0])
            or _ROOM_SWAP.search(folded, left[1], right[0])
            or _BOOKED_BUT_NOW.search(folded, max(0, left[0] - 30), right[0])
            or (
                _ROOM_SWAP_TO.search(folded, left[1], right[0])
                and _ROOM_SWAP_VERB_LAST.match(folded, right[1])
            )
        )
    ]
    found = [
        right
        for left, right in zip([None, *found], found, strict=False)
        if left is None
        or not (_same_room_again(folded, left, right) or _same_count_again(folded, left, right))
    ]
    if any(_ROOM_OR.fullmatch(folded, left[1], right[0]) for left, right in itertools.pairwise(found)):
        return 0  # "una habitación familiar o dos dobles": the count is not settled (0: none, not one)
    total, i = None, 0
    while i < len(found):
        _, end, n = found[i]
        j, part = i + 1, 0
        # ("deux chambres du vendredi 5 novembre au dimanche 7 novembre : une double ... et une twin": after a colon
        # the breakdown may come further on)
        while (
            j < len(found)
            and (
                found[j][0] - end <= (90 if ":" in folded[end : found[j][0]] else 40)
                # ("due camere, una tripla per noi genitori con la piccola Sofia (3 anni) e una doppia per i nonni":
                # the rooms named after the count in its own sentence are its breakdown)
                or (found[j][0] - end <= 160 and not re.search(r"[.!?;\n]", folded[end : found[j][0]]))
            )
            and part < n
        ):
            part += found[j][2]
            end = found[j][1]
            j += 1
        # "deux chambres : une double et une simple": after a colon or a bracket, the rooms named are the count's.
        # ("trois chambres du vendredi 25 au dimanche 27 juin : une pour ..., et une triple pour ...": the colon
        # after the days)
        # (or a dash: "three rooms ... for Friday 11 to Sunday 13 June - a double for us, one for ...")
        colon = j > i + 1 and re.match(
            r"\s*[:(]|[^.!?;\n]*(?::|\s-)\s", folded[found[i][1] : found[i + 1][0]]
        )
        if n >= 2 and (part == n or (colon and part < n)) and j > i + 1:
            i = j  # the breakdown of the count just read
        else:
            i += 1
        if 0 <= n <= 50:
            total = (total or 0) + n
    return total


# Room kinds joined by a plus with no count ("DZ + EZ", "double + single", "doble + individual", "double + simple",
# "doppia + singola", "duplo + individual"): one room of each.
_ROOM_KINDS_PLUS = (
    r"(?:dz|ez|dbl|sgl|twin|double|single|simple|doble|individual|doppia|singola|matrimoniale|duplo|triplo|tripla|triple|"
    r"familiale|familiar|suite)"
)
_ROOM_PLUS_ROOM = re.compile(
    rf"\b(?<![\d+] )(?<![\d+]){_ROOM_KINDS_PLUS}(?:\s*\+\s*{_ROOM_KINDS_PLUS})+\b(?!\s*(?:room|zimmer|habitacion|"
    r"chambre|camera|quarto|bed|cama|lit|bett|letto)s?\b)"
)
_ZU_VALUES = {"dritt": 3, "viert": 4, "funft": 5, "sechst": 6}
_ZU_STEM = r"(?:dritt|viert|funft|sechst)"
_ZU = re.compile(r"\b(?<!statt )(?<!anstatt )(?<!nicht )zu (dritt|viert|funft|sechst)\b")


@dataclass
class Party:
    adults: int | None = None
    children: int | None = None
    rooms: int | None = None
    # One room named without a count ("¿tenéis habitación doble?"): one room in a request for a stay (`understand`).
    one_room_named: bool = False


_IN_TOTAL_AFTER = re.compile(
    r"\s*(?:total|in total|in all|en total|au total|en tout|insgesamt|in tutto|in totale|ao todo|no total)\b"
)


def _sum(pattern: re.Pattern[str], folded: str) -> int | None:
    total, previous_end = None, 0
    for m in pattern.finditer(folded):
        before = folded[: m.start()].split()[-1:] or [""]
        if (
            pattern is _PEOPLE
            and m["n"] in _ARTICLES
            and before[0] not in {"para", "for", "pour", "fur", "per", "de", "by"}
            and not re.search(r"(?:^|[,;:.!?(])\s*$", folded[: m.start()])
        ):
            continue  # "hablar con una persona" is not a party of one
        if total is not None and re.fullmatch(
            r"\s*\((?!\s*(?:and|y|e|et|und|plus|mas|mais|piu|\+)\s)[^()]*", folded[previous_end : m.start()]
        ):
            continue  # "3 petits (5 ans, 3 ans et un bébé)": who the counted ones are, inside brackets
        value = to_int(m["n"])
        if total is not None and pattern is _PEOPLE and _IN_TOTAL_AFTER.match(folded, previous_end):
            continue  # "with 2 classmates, 3 people total. We want cheap room for 3 people": everyone said before
        if value is not None and 0 <= value <= 50:
            restated = total is not None and _RESTATED.search(folded, previous_end, m.start())
            total = value if restated else (total or 0) + value
            previous_end = m.end()
    return total


def _plus_written_out(m: re.Match[str]) -> str:
    """ "2+1" -> "2 adults + 1 children"; "2+1 baby" keeps its noun; "2+2 rooms" stays as written."""
    after = m.string[m.end() :]
    if re.match(rf"\s*(?:{_ADULT}|{_PERSON}|{_ROOM})\b", after):
        return m.group()
    if re.match(rf"\s*{_CHILD}\b", after) or _CHILDREN.search(m.string):
        return f"{m['a']} adults + {m['c']}"
    return f"{m['a']} adults + {m['c']} children"


# Emoji that stand for the party or the rooms ("👫+👶", "🛏️x2", "👤 x4"): words the rules read, in any language.
# A family emoji (a ZWJ sequence) says no count, so its parts are dropped, not read one by one.
_EMOJI_WORDS = {
    "\U0001f6cf": "room",  # bed
    "\U0001f6cc": "room",  # person in bed
    "\U0001f46b": "a couple",  # man and woman holding hands
    "\U0001f491": "a couple",  # couple with heart
    "\U0001f46c": "a couple",
    "\U0001f46d": "a couple",
    "\U0001f476": "baby",
    "\U0001f37c": "baby",  # baby bottle
    "\U0001f9d2": "child",
    "\U0001f466": "child",  # boy
    "\U0001f467": "child",  # girl
    "\U0001f464": "person",  # bust in silhouette
    "\U0001f9cd": "person",  # standing person
}
_EMOJI = re.compile(f"[{''.join(_EMOJI_WORDS)}]\ufe0f?")
_EMOJI_CHAR = "[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f]"
_ZWJ_SEQUENCE = re.compile(f"{_EMOJI_CHAR}+(?:\u200d{_EMOJI_CHAR}+)+")
# ("👧👦": two children, not two "childs")
_EMOJI_PLURAL = {"room": "rooms", "baby": "babies", "child": "children", "person": "persons"}
_EMOJI_RUN = re.compile(r"\b(room|baby|child|person)(?: \1\b)+")
_EMOJI_TIMES = re.compile(
    r"\b(?P<w>room|baby|child|person)\s*[x\u00d7*]\s*(?P<n>\d{1,2})\b|"
    r"(?<![/.\d-])\b(?P<n2>\d{1,2})\s*[x\u00d7*]?\s*(?P<w2>room|baby|child|person)\b"
)


def emoji_words(text: str) -> str:
    """The text with the party's and the rooms' emoji as words: "🛏️x2" -> "2 rooms", "👫 + 👶" -> "a couple + baby"."""
    if not _EMOJI.search(text):
        return text
    text = _ZWJ_SEQUENCE.sub(lambda m: " " if _EMOJI.search(m[0]) else m[0], text)
    text = _EMOJI.sub(lambda m: f" {_EMOJI_WORDS[m[0][0]]} ", text)
    text = re.sub(r" +", " ", text)
    text = _EMOJI_RUN.sub(lambda m: f"{len(m[0].split())} {m[1]}", text)  # "🛏️🛏️": two rooms
    return _EMOJI_TIMES.sub(lambda m: f"{m['n'] or m['n2']} {_EMOJI_PLURAL[m['w'] or m['w2']]}", text)


def without_children(folded: str) -> str:
    """The text with its children ("1 baby", "dos niños") taken out: what is left may count the adults."""
    return _CHILDREN.sub(" ", folded)


# Booking sites' short forms: "2 ad, 0 ch", "2ad/1chd" ("ch" alone may be a French "chambre": only after adults).
_AD_CH = re.compile(
    r"\b(?P<a>\d{1,2}) ad\b\.?\s*[,+/&]?\s*(?P<c>\d{1,2}) (?:ch|chd|chld)\b\.?|"
    r"\b(?P<a2>[1-9]) ?a\s*[+/,]?\s*(?P<c2>[1-9]) ?c\b"  # "2A+1C", "2A 1C"
)

# Two people named as the party, with their surname or signing ("Luc et Martine Fabre", "Wir (Jean & Anna Keller)",
# "Mit freundlichen Grüßen\nSabine und Klaus Meyer", "Thanks, Tom & Ellie"): read on the text as written, capitals
# and all, where a list of names stands alone: after a line's start, a bracket or a colon, or ending the message.
_FIRST_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'-]+"
# An article before a spoken first name ("aqui é a Beatriz e o Tiago", "hier sind der Tim und die Lena").
_NAME_ARTICLE = r"(?:(?:el|la|a|o|der|die|il|lo)\s+)?"
_TWO_NAMED = re.compile(
    rf"(?:^|[(:]\s*)(?P<two>{_FIRST_NAME}\s+(?:and|y|e|et|und|&)\s+{_FIRST_NAME})\s+[A-ZÀ-Ý][\w'-]+(?=\s*(?:[),]|$))|"
    # two introducing themselves: "somos Nuria y Andrés", "This is Chloe and Sam", "hier sind Mia und Felix"
    r"\b(?i:somos|this is|it'?s|we are|we'?re|aqui (?:e|é|sao|são)|c'est|ici|nous sommes|on est|hier sind|wir sind|siamo|"
    rf"qui (?:sono|siamo))\s+(?P<introduced>{_NAME_ARTICLE}{_FIRST_NAME}\s+(?:and|y|e|et|und|&|pis)\s+{_NAME_ARTICLE}"
    rf"(?!I\b|I')(?-i:{_FIRST_NAME}))\b|"
    rf"(?:^|[.!?]\s+|,\s*)(?P<signed>{_FIRST_NAME}\s+(?:and|y|e|et|und|&)\s+{_FIRST_NAME})"
    rf"(?:\s+[A-ZÀ-Ý][\w'-]+){{0,2}}\s*\Z|"
    # two saying they are here ("Hi! Emma & Liam here", "Ana y Luis aquí") or booked for with their surname
    # ("Booking for Grace & Will Thompson")
    rf"(?:^|[.!?,]\s*|\b(?i:hi|hello|hey|hola|bonjour|salut|hallo|ciao|ola|olá)\W*\s+)"
    rf"(?P<here>{_FIRST_NAME}\s+(?:and|y|e|et|und|&)\s+{_FIRST_NAME})\s+(?i:here|aqui|aquí|ici|hier|qui)\b|"
    # ("Names are Kylie and Brett Donaldson", "los nombres son ...", "les noms sont ...")
    r"\b(?i:booking for|reservation for|reserva para|a nombre de|au nom de|auf den namen|a nome di|em nome de|"
    r"(?:the )?names are|names:|(?:los )?nombres son|(?:les )?noms sont|(?:die )?namen sind|(?:i )?nomi sono|"
    r"(?:os )?nomes sao|(?:os )?nomes são)\s+"
    rf"(?P<booked>{_FIRST_NAME}\s+(?:and|y|e|et|und|&)\s+{_FIRST_NAME})\s+[A-ZÀ-Ý][\w'-]+",
    re.MULTILINE,
)
# Room and hotel words written with capitals are no first names ("Doble y Familiar", "Doppelzimmer und Suite").
_NOT_FIRST_NAMES = re.compile(
    r"\b(?:doble|double|familiar|family|junior|suite|superior|deluxe|standard|individual|single|twin|triple|hotel|"
    r"check|doppelzimmer|einzelzimmer|zimmer|camera|chambre|quarto|habitaci[oó]n|room|mr|mrs|ms|sr|sra|herr|frau|"
    r"monsieur|madame|signor|signora|"
    # weekdays, months and holidays written with capitals ("it's Friday and Saturday", "wir sind Mai und Juni da")
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|"
    r"marz|märz|mai|juni|juli|oktober|dezember|easter|christmas|ostern|pfingsten|weihnachten|silvester|"
    # a firm's name signing ("Renner & Söhne GmbH", "Smith & Sons Ltd", "Durand et Fils", "Rossi & Figli")
    r"söhne|sohne|sons|fils|figli|hijos|filhos|partner|partners|co|cie|gmbh|ag|kg|ltd|llc|inc|sarl|srl|spa|"
    r"associates|brothers|bros|fratelli|hermanos|frères|freres|irmãos|irmaos)\b",
    re.IGNORECASE,
)


def two_named(text: str) -> bool:
    """Two people named as the party ("Sabine und Klaus Meyer" signing, "Luc et Martine Fabre, arrivée le 12/4")."""
    return any(
        not _NOT_FIRST_NAMES.search(m["two"] or m["signed"] or m["introduced"] or m["here"] or m["booked"])
        for m in _TWO_NAMED.finditer(text.strip())
    )


# A son or daughter who marries, or whose wedding it is, is grown: no child of the party ("meine Tochter heiratet am
# 3. Juli", "our son is getting married", "mi hija se casa", "ma fille se marie", "mia figlia si sposa", "a minha filha
# vai casar", "the wedding of our daughter", "zur Hochzeit unserer Tochter", "la boda de nuestro hijo").
# (a grandchild's wedding too: "por ocasião do casamento de um neto nosso", "my grandson's wedding")
_MARRYING_CHILD_WORD = (
    r"(?:son|daughter|hij[oa]|fils|fille|sohn|tochter|figli[oa]|filh[oa]|grandson|granddaughter|niet[oa]|net[oa]|"
    r"petit-fils|petite-fille|enkel|enkelin|nipote)"
)
_MARRYING_CHILD = re.compile(
    r"\b(?:my|our|mi|nuestr[oa]|mon|ma|notre|mein|meine|unser|unsere|mio|mia|il mio|la mia|il nostro|la nostra|"
    rf"nostr[oa]|meu|minha|o meu|a minha|o nosso|a nossa)\s+{_MARRYING_CHILD_WORD}\s+(?:[a-z]+\s+)?"
    r"(?:heiratet|is getting married|gets married|is marrying|will marry|marries|se casa|va a casarse|se va a casar|"
    r"se marie|va se marier|si sposa|vai casar|vai se casar|casa-se|se casa|"
    # a child who graduates is grown ("nostra figlia si laurea a Padova il 19 giugno", "our son graduates on the 3rd")
    r"graduates|is graduating|will graduate|se gradua|se va a graduar|se licencia|obtient son diplome|"
    r"macht (?:ihren|seinen) abschluss|si laurea|si diploma|se forma|forma-se|vai se formar|cola grau)\b|"
    r"\b(?:wedding|boda|casamiento|mariage|hochzeit|matrimonio|nozze|casamento)\s+(?:of|de|di|do|da|del|della|von|zur)?\s*"
    r"(?:our|my|nuestr[oa]|mi|notre|ma|mon|unserer|unseres|meiner|meines|nostr[oa]|mia|mio|nossa|nosso|minha|meu|"
    rf"la nostra|il nostro|la mia|il mio)\s+{_MARRYING_CHILD_WORD}\b|"
    # ("o casamento de um neto nosso", "la boda de un nieto nuestro", "il matrimonio di un nipote nostro")
    r"\b(?:wedding|boda|casamiento|mariage|hochzeit|matrimonio|nozze|casamento)\s+(?:of|de|di|do|da|del|von)?\s*"
    rf"(?:a|one|un|una|um|uma|eines|einer)\s+{_MARRYING_CHILD_WORD}\s+(?:of ours|nuestr[oa]|nostr[oa]|noss[oa])\b|"
    rf"\b(?:my|our)\s+{_MARRYING_CHILD_WORD}'?s\s+wedding\b"  # "for our grandson's wedding"
)
# A child who gave the writer something ("a gift voucher our son gave us", "un bono que nos regaló nuestra hija", "un bon
# que notre fils nous a offert", "einen Gutschein, den uns unser Sohn geschenkt hat", "un buono che ci ha regalato nostro
# figlio", "um voucher que o nosso filho nos deu"): who gave it, no one of the party.
_GIVING_CHILD = re.compile(
    r"\b(?:my|our|mi|nuestr[oa]|mon|ma|notre|mein|meine|unser|unsere|mio|mia|il mio|la mia|il nostro|la nostra|"
    r"nostro|nostra|meu|minha|o meu|a minha|o nosso|a nossa|nosso|nossa)\s+(?:son|daughter|kids|children|hij[oa]s?|"
    r"fils|fille|enfants|sohn|tochter|kinder|figli[oa]?|filh[oa]s?)\s+(?:gave|gifted|bought|got|offered|sent|"
    r"nos regalo|nos regalaron|nos dio|nous a offert|nous a donne|nous ont offert|uns geschenkt|ci ha regalato|"
    r"ci ha dato|nos deu|nos ofereceu|nos deram)\b|"
    r"\b(?:que nos regalo|que nos regalaron|que nous a offert|que nous ont offert|den uns|che ci ha regalato|"
    r"que nos deu|que nos ofereceu)\s+(?:mi|nuestr[oa]|mon|ma|notre|unser|unsere|mein|meine|nostro|nostra|il nostro|"
    r"la nostra|mio|mia|o nosso|a nossa|o meu|a minha)\s+(?:hij[oa]|fils|fille|sohn|tochter|figli[oa]|filh[oa])\b"
)
# A child named as who fell ill ("wir müssen stornieren, unser Kind ist krank", "our daughter is sick", "notre
# fils a de la fièvre"): the reason for a cancellation or a change, no one counted in a party.
_ILL_CHILD = re.compile(
    r"\b(?:unser|unsere|our|my|mein|meine|nuestro|nuestra|mi|notre|mon|ma|il nostro|la nostra|il mio|la mia|"
    r"nostro|nostra|mio|mia|o nosso|a nossa|o meu|a minha|nosso|nossa|meu|minha|mis|ois|"
    # "il bambino sta male", "the baby is sick", "el niño está enfermo", "das Kind ist krank"
    r"il|el|la|the|le|das|o|a)\s+(?:kind|chind|kleine|kleiner|"
    r"tochter|sohn|"
    r"child|kid|son|daughter|baby|hijo|hija|nino|nina|peque|bebe|enfant|fils|fille|figlio|figlia|bambino|bambina|"
    r"filho|filha|crianca)\b[^.;!?\n]{0,35}?\b(?:krank|chrank|erkrankt|fieber|sick|ill|unwell|fever|enferm[oa]|fiebre|"
    r"malade|fievre|malat[oa]|febbre|doente|febre|"
    # the flu, a fall, a hospital ("our son has the flu", "il bambino sta male", "mi hijo se ha puesto malo", "nostro
    # figlio si è rotto una gamba", "notre fille s'est cassé le bras", "unser Sohn hat Grippe")
    r"flu|covid|grippe|gripe|influenza|chickenpox|varicela|varicelle|windpocken|varicella|catapora|poorly|"
    r"sta male|stava male|malo|mala|malit[oa]|hospital|ospedale|hopital|krankenhaus|"
    # taken into hospital ("notre fils a été hospitalisé", "our son was hospitalised", "nuestra hija está ingresada",
    # "nostro figlio è stato ricoverato", "o meu filho foi internado")
    r"hospitali[sz]ed?e?|hospitalizad[oa]|hospitalisee?|ingresad[oa]|ricoverat[oa]|internad[oa]|"
    r"broke|broken|rotto|rotta|casse|cassee|gebrochen|roto|rota|partiu|quebrou|injured|verletzt|blesse|blessee|"
    r"infortunat[oa]|ferit[oa]|"
    # a child who no longer comes ("mia figlia non viene", "our son isn't coming", "unser Sohn kommt nicht mit")
    r"no viene|ya no viene|no vendra|non viene|non verra|non viene piu|isn'?t coming|is not coming|won'?t come|"
    r"can'?t come|doesn'?t come|kommt nicht|ne vient (?:pas|plus)|ne viendra pas|nao vem|nao vai)\b"
)
# Children in a past visit ("Our 2 kids loved the pool last time!", "Mis 2 hijos se lo pasaron genial", "Meus 2 filhos
# adoraram a piscina"): no party of the stay asked for.
_CHILDREN_LAST_TIME = re.compile(
    r"\b(?:my|our|mis|nuestros|nuestras|meus|os meus|nossos|os nossos|mes|nos|meine|unsere|i miei|i nostri|le mie|"
    rf"le nostre)\s+(?:(?:{NUMBER})\s+)?{_CHILD}\b[^.;!?\n]{{0,30}}?\b(?:loved|enjoyed|adored|had (?:a|the|such a) "
    r"(?:great|blast|best|wonderful|lovely)|se lo pasaron|lo pasaron|disfrutaron|les encanto|adoraron|adoraram|amaram|"
    r"gostaram|curtiram|ont adore|ont aime|ont kiffe|se sont (?:bien )?amuses|waren (?:so |total |ganz )?begeistert|"
    r"hatten (?:so )?viel spass|si sono divertit[ie]|hanno adorato|sono stati benissimo)\b"
)
# A rough count is no count (docs/INTERFACES.md): "about ten people", "etwa zehn Personen", "circa 12 persone", "cerca
# de dez pessoas", "unos diez más o menos", "umas quinze pessoas, talvez mais". The dialogue asks for the number.
_ROUGH_BEFORE = re.compile(
    r"\b(?P<pre>(?:about|around|roughly|approximately|approx\.?|some|circa|ca\.|etwa|ungefahr|rund|environ|"
    r"a peu pres|cerca de|aproximadamente|aprox\.?|alrededor de|mas o menos|more or less|mais ou menos|perto de|unos|unas|umas|"
    # spoken "saremo tipo 40 persone", "somos tipo 10", "on sera genre 15"
    r"tipo|genre|"
    rf"piu o meno)\s+)(?P<n>{NUMBER}|\d{{1,3}})\b"
)
_ROUGH_WORD_AFTER = (
    r"(?:mas o menos|more or less|or so|maybe more|perhaps more|possibly more|or more|o mas|o asi|ou mais|talvez mais|"
    r"ou plus|peut-etre plus|environ|oder mehr|vielleicht mehr|piu o meno|forse di piu|o piu|-ish)"
)
_ROUGH_AFTER_CHEAP = re.compile(
    rf"\b{_ROUGH_WORD_AFTER}\b"
)  # most messages have none: skip the longer pattern
_ROUGH_AFTER = re.compile(
    # ("maybe 20 rooms or so": rooms said rough are no count either)
    rf"\b(?P<n>{NUMBER}|\d{{1,3}})(?P<post>(?:\s+{_PERSON}|\s+{_ROOM}|\s+of us|\s+de nosotros|\s+de nos)?\s*,?\s*"
    rf"{_ROUGH_WORD_AFTER}\b)"
)
# The party's count made rough above ("~ personas"): no count.
# ("Chambres de 2 ou 3 personnes" is how many a room holds, not the party)
_ROUGH_PARTY = re.compile(
    r"(?<!chambres de )(?<!chambres pour )(?<!rooms for )(?<!habitaciones de )(?<!habitaciones para )(?<!camere da )"
    r"(?<!camere per )(?<!zimmer fur )(?<!quartos de )(?<!quartos para )"
    rf"~\s*(?:{_PERSON}|{_ADULT}|of us|de nosotros|de nos|leute)\b"
)
# A voice note's fillers ("eh", "ehm", "ähm", "uh", "euh", "hum"); not "um" (Portuguese "one") nor "er" (German "he").
_FILLER = re.compile(r"\b(?:eh|ehm|ahm|uh|uhm|umm|hum|hmm|euh|erm|emm|mmm)\b[,.]*\s*")
_FOR_ONCE = re.compile(r"\bfor once\b")
# The room a booking already has ("we've got a room booked for the 10th to the 12th", "on a une chambre réservée du 27
# au 30", "tenemos una habitación reservada", "wir haben ein Zimmer gebucht"): the booking's, no count asked for.
_HAVE_A_ROOM_BOOKED = re.compile(
    r"\b(?P<have>we'?ve got|we have|we got|i'?ve got|i have|got|tenemos|tengo|on a|nous avons|j'ai|wir haben|ich habe|"
    # ("we've got the room booked for friday and saturday night": the room of the booking)
    r"abbiamo|ho|temos|tenho)\s+(?:a|one|una|une|ein|um|uma|the|our|la|el|notre|das|unser|o|il)\s+"
    r"(?:[a-z]+\s+)?(?:room|habitacion|chambre|zimmer|"
    r"doppelzimmer|camera|quarto|double|doble|doppia|matrimoniale|suite)\s+(?:booked|reserved|reservad[ao]|reservee|"
    r"gebucht|reserviert|prenotat[ao])\b"
)
# The room a booking was made with ("I booked a double for 2-4 June", "in which I booked a single room", "wir haben für
# unseren Kollegen ... ein Zimmer gebucht", "reservé una habitación doble", "j'ai réservé une chambre", "ho prenotato
# una camera", "reservei um quarto"): the booking, no count of rooms asked for.
_BOOKED_A_ROOM = re.compile(
    # (the room a booking had, in the past: "Teníamos una doble del viernes 11 al domingo 13", "we had a double")
    r"\b(?P<verb>(?:i|we)(?: have|'ve|'d| had)? booked|reservei|reservamos|j'ai reserve|teniamos|tenemos|tinhamos|temos|"
    r"avevamo|abbiamo|nous avions|on avait|we had|"
    r"nous avons reserve|nous avions reserve|on a reserve|on avait reserve|ho prenotato|abbiamo prenotato|"
    # the room a booking has, when the message changes it ("we've got a double for this weekend but can we move it")
    r"we'?ve got|we have|we got|i'?ve got)\s+(?:a|one|una|un|une|um|uma)\s+"
    r"(?:[a-z]+\s+)?(?:room|double|single|twin|suite|habitacion|doble|individual|chambre|camera|doppia|singola|"
    r"matrimoniale|quarto|duplo)\b(?:\s+(?:room|doble|double|individual|simple|doppia|singola|duplo|casal))?|"
    # (Bavarian and Swiss "mir ham bei eich ... a zimmer reserviert", "mir händ bi Ihne ... es Zimmer reserviert", "ich
    # hab bei Ihnen ein Zimmer")
    r"\b(?P<haben>haben|habe|hatten|hatte|ham|hab|hend|hand|han)\b(?P<between>(?:[^.!?;\n]|(?<=\d)\.){0,70}?)\b"
    r"(?:ein|einen|a|es|an)\s+(?:[a-z]+\s+)?"
    # ("ein Doppelzimmer reserviert", "ein Doppelzimmer für zwei Erwachsene auf den Namen Gruber")
    r"[a-z]*zimmer\s+(?:gebucht|reserviert|(?=[^.!?;\n]{0,40}\bauf den namen\b)|(?=fur\s+(?:diese[nmrs]?|nachste[nmrs]?|"
    r"kommende[nmrs]?|den|das|dieses)\b))"
)
# An extra bed or a cot asked for a booked room ("wäre ein Zustellbett möglich?", "could you add a cot", "una cama
# supletoria", "un lit d'appoint", "un letto aggiuntivo", "uma cama extra"): the booking's room, no count asked.
_EXTRA_BED = re.compile(
    r"\b(?:zustellbett|zusatzbett|kinderbett|extra bed|extra-bed|rollaway|cot|cama (?:extra|supletoria|adicional)|"
    r"supletoria|lit (?:d'appoint|supplementaire|bebe)|letto (?:aggiuntivo|supplementare|in piu)|lettino|culla|cuna|berco|"
    # ("Pouvez-vous ajouter un lit ?", "can you add a bed", "añadir una cama", "ein Bett dazustellen", "aggiungere un
    # letto", "acrescentar uma cama")
    r"(?:ajouter|add|anadir|agregar|poner|aggiungere|mettere|acrescentar|adicionar|colocar)\s+(?:un|a|an|una|um|uma|une)\s+"
    r"(?:lit|bed|cama|letto)|(?:ein|noch ein) (?:bett|zusatzbett)\s+(?:dazu|dazustellen|hinzufugen|reinstellen))\b"
)
# ... when the message moves or hands over that booking ("Could you put the booking in my daughter's name instead?",
# "könnten Sie auf den 11. bis 13. April umbuchen?", "change the reservation to the nights of 25 and 26 May")
_MOVES_THE_BOOKING = re.compile(
    r"\b(?:instead|umbuchen|umschreiben|verschieben|verlegen|stattdessen|change|move|cambiar|mover|changer|deplacer|"
    r"cambiare|spostare|alterar|mudar|en vez|en lugar|au lieu|invece|em vez|"
    # or makes it longer or later ("Chönnted mir na bis am Mäntig bliibe?", "kumman mir erst am samstag", "could we
    # extend it", "prolonger", "prolongar", "prolungare", "alargar")
    r"extend|prolonger|prolongar|prolungare|alargar|verlangern|bleiben|bliibe|erst am|kumman|kommen erst)\b"
)
# English "kind" ("if you would be so kind", "kind regards", "that kind of room") is no German child.
_KIND_ENGLISH = re.compile(
    r"\b(?:so|very|too|how|most|be|is|are|was|were|you'?re|really|extremely|that'?s|this|that|any|what|a|the|same)\s+"
    r"kind\b(?!\s+(?:ist|war|hat|ist|braucht|schlaft|kommt|von|mit|und)\b)|\bkind\s+(?:regards|wishes|of|request|"
    r"attention|help|reply|response|offer)\b"
)
# Québec "le p'tit", "la p'tite" (the little one): a child, like "le gamin".
_QUEBEC_LITTLE = re.compile(
    r"\b(le |la |notre |mon |ma |nos |mes |deux |2 |3 )p'?tit(e?s?)\b(?!\s+(?:dejeuner|[a-z]+ment)\b)"
)
# Venetian "do" (two) before the people or rooms it counts ("gavé 'na camera par do persone?"); elsewhere "do" is a word.
_VENETIAN_TWO = re.compile(r"\bdo(?=\s+(?:persone|adulti|camere|cambre|fioi|putei|tosi)\b)")
# Number words typed one letter off before the people they count ("somos dso adultos", "thre adults").
_TYPO_NUMBERS = {"dso": "dos", "sod": "dos", "tow": "two", "thre": "three", "fuor": "four"}
_TYPO_NUMBER = re.compile(rf"\b(?P<typo>dso|sod|tow|thre|fuor)\b(?=\s+(?:{_ADULT}|{_PERSON})\b)")
# Children of a past visit ("We stayed with you with our 3 kids in the summer", "nous avons séjourné chez vous l'an
# dernier avec nos 3 enfants", "siamo stati da voi l'estate scorsa con i 2 bambini"): no party of the stay asked for.
_PAST_VISIT_CHILDREN = re.compile(
    r"\b(?:we stayed|we were (?:here|there|with you)|stayed with you|nous avons sejourne|on a sejourne|nous etions venus|"
    r"on etait venus|siamo stati|eravamo stati|estuvimos|nos quedamos|nos alojamos|ficamos|estivemos|wir waren|"
    r"waren wir)\b[^.;!?\n]{0,40}?\b(?:with|avec|con|com|mit)\s+(?:our|my|nos|mes|les|i|le|los|las|nuestros|mis|os|as|"
    rf"nossos|meus|den|unseren|meinen|the)\s+(?:(?:{NUMBER})\s+)?{_CHILD}\b"
)
# French "à son nom", "à son arrivée" (his, her), folded "a son": no son counted.
_FRENCH_SON = re.compile(
    r"\ba son (?=(?:nom|arrivee|depart|retour|compte|attention|adresse|bureau|domicile|sejour|intention)\b)"
)
# A count corrected as it is said ("para dos personas bueno tres", "siamo in due no anzi in tre", "two people, sorry,
# three", "zwei Personen, nein, drei", "deux personnes, pardon, trois", "duas pessoas, ou melhor, três"): the last
# one is the party. (A bare "no"/"non" is left alone: "somos tres, no cuatro" denies the second.)
_CORRECTION_WORD = (
    r"(?:bueno|digo|mejor dicho|quiero decir|perdon|sorry|i mean|or rather|make that|no wait|ou melhor|quer dizer|"
    r"perdao|desculpa|pardon|non pardon|ou plutot|plutot|je veux dire|nein|ach nein|ich meine|besser gesagt|"
    r"oder besser|no anzi|anzi|o meglio|scusa|scusate|volevo dire|"
    # a pause asked for while correcting ("trois personnes, non attendez, quatre", "3 Kinder, nein sorry, 2 Kinder")
    r"attendez|attends|wait|hang on|espera|espere|esperen|warte|moment|aspetta|aspettate)"
)
# ("2 Erwachsene und 3 Kinder, nein sorry, 2 Kinder": a child count corrected too; "no, perdón" and "non, attendez"
# join the correction words, a bare "no" stays a denial)
_COUNT_CORRECTED = re.compile(
    # (German "zu viert, nein warte, zu fünft": the party said as "zu" and an ordinal stem)
    rf"\b(?:(?P<pre>in|zu)\s+)?(?:{NUMBER}|{_ZU_STEM})(?:\s+(?P<noun>{_PERSON}|{_ADULT}|{_CHILD}))?\s*,?\s*"
    rf"(?:(?:no|non|nao|nein|nee)\s*,?\s*)?{_CORRECTION_WORD}(?:\s*,?\s*{_CORRECTION_WORD})*"
    rf"\s*,?\s*(?:(?P<pre2>in|zu)\s+)?(?P<n>{NUMBER}|{_ZU_STEM})\b(?:\s+(?P<noun2>{_PERSON}|{_ADULT}|{_CHILD})\b)?"
    # ("two people, sorry, three nights": another thing counted)
    r"(?!\s+(?:noches?|nights?|nuits?|nachte|nacht|notti|notte|noites?|dias?|days?|jours?|tage|giorni|"
    r"habitaciones|rooms|chambres|zimmer|camere|quartos)\b)"
)


def _count_corrected(m: re.Match[str]) -> str:
    pre = m["pre2"] or m["pre"]
    noun = m["noun2"] or m["noun"]
    return " ".join(x for x in (pre, m["n"], noun) if x)


# Two counts joined by "or" ("rooms for 2 or 3 people each", "4 o 5 personas", "vier oder fünf Personen"): no count
# settled, as a rough one (docs/INTERFACES.md).
_EITHER_COUNT = re.compile(
    # (ages are no count: "28 students, all aged 13 or 14")
    r"\b(?<!aged )(?<!ages )(?<!all )(?<!alle )(?<!tous )(?<!todos )(?<!tutti )(?<!\()"
    rf"(?:{NUMBER})\s+(?:or|o|ou|oder)\s+(?:{NUMBER})\b(?=\s*(?:{_PERSON}|{_ADULT}|of us|de nosotros|de nos|[,.;!?]|$))"
)
# A party's total said after it ("un grupo de amigas, 6 en total", "a group of friends, 6 in total", "insgesamt 6"):
# everyone, children among them.
_N_IN_TOTAL = re.compile(
    rf"\b{_NUM}\s+(?:en total|in total|in all|au total|en tout|insgesamt|in tutto|in totale|ao todo|no total)\b|"
    rf"\b(?:en total|in total|in all|au total|en tout|insgesamt|in tutto|in totale|ao todo|no total)\s*,?\s*"
    rf"(?P<n2>{NUMBER})(?=\s*(?:{_PERSON}\b|[,.;!?]|$))"
)
# A count of the party said before it changed ("wir waren ursprünglich 5 Personen, jetzt kommen nur noch 4"): the
# count after it is the party.
_COUNT_BEFORE_CHANGE = re.compile(
    r"\b(?:we were|wir waren|eramos|etions|on etait|eravamo|ibamos a ser|iamos ser|it was gonna be|it was going to be)"
    r"\s+(?:(?:ursprunglich|originally|initially|al principio|au depart|inizialmente|inicialmente)\s+)?"
    rf"(?:{NUMBER})(?:\s+{_PERSON})?(?=[^.?!]{{0,40}}\b(?:but|pero|mais|mas|ma|aber|jetzt|now|ahora|agora|"
    r"maintenant|ora|adesso)\b)"
)
# "somos 3 con el bebé", "siamo in 3 col bimbo", "we're 3 with the baby", "3 incluyendo al peque": the child is one of
# the count ("somos 2 y un bebé", "we're 2 with our baby" add it on top).
_CHILD_AMONG = re.compile(
    r"\s*(?:(?:con|with|com|col|coi|avec|mit)\s+(?:el|la|los|las|il|lo|i|gli|le|les|l'|o|a|os|as|the|der|die|das|dem|"
    rf"den)\s+(?:(?:{NUMBER})\s+)?(?:[a-z]+\s+)?{_CHILD}\b|,?\s*(?:incluyendo|contando|including|counting|y eso que|"
    r"inclus|y compris|inklusive|einschliesslich|compreso|compresi|inclus[oi]|incluindo|contando com)\b)"
)
# "on serait trois avec notre ado", "we'll be three with our son": with three or more, a child of theirs is among them
# ("we are two with our baby" may be on top: left to the count alone).
_OUR_CHILD_AMONG = re.compile(
    r"\s*(?:con|with|com|col|avec|mit)\s+(?:our|nuestr[oa]s?|notre|nos|unserem|unserer|unseren|il nostro|la nostra|"
    rf"i nostri|nostr[oaie]|o nosso|a nossa|os nossos|nosso|nossa)\s+(?:(?:{NUMBER})\s+)?(?:[a-z]+\s+)?{_CHILD}\b|"
    # ("Siamo in 4 con due bambini piccoli", "we are 4 with two small kids": the children counted are of the four)
    rf"\s*(?:con|with|com|avec|mit)\s+(?!(?:un|una|uno|a|an|one|um|uma|une|ein|eine|einem|einer)\b)(?:{NUMBER})\s+"
    rf"(?:(?:small|little|young|pequenos|pequenas|pequenos|petits|petites|kleinen|piccoli|piccole)\s+)?{_CHILD}\b|"
    # one child with its age ("siamo in 3 con un bimbo di un anno", "we're 3 with a baby of 8 months", "somos 3 con un
    # niño de 2 años", "on sera 3 avec un bébé de 6 mois", "wir sind zu dritt mit einem Kind von 2 Jahren")
    r"\s*(?:con|with|com|avec|mit)\s+(?:un|una|a|an|one|um|uma|une|ein|eine|einem|einer)\s+"
    rf"(?:(?:small|little|piccolo|piccola|pequeno|pequena|petit|petite|kleinen)\s+)?{_CHILD_ONE}\s*,?\s*"
    r"(?:\(\s*\d|(?:de|di|of|von|aged)\s+(?:\d{1,2}|un|una|uno|one|a|um|uma|un|une|einem|einem)\s+"
    r"(?:anos?|anni|anno|years?|ans?|jahren?|jahr|meses|mesi|mese|mois|months?|monaten?))"
)
# A room given to two others ("leur offrir une chambre double pour eux deux", "a room for the two of them", "una doble
# para ellos dos", "ein Zimmer für die beiden", "una camera per loro due"): the two of them, not the writer.
# ("Can you put the two of them up ...? They'd need a double.", "Ich hätte gern für die beiden ein Doppelzimmer")
_THE_TWO_OF_THEM = re.compile(
    r"\b(?:(?:put|host|accommodate|for|fur|pour|para|pra|per|alojar|hospedar|ospitare|loger|unterbringen)\s+"
    r"(?:the two of them|both of them|die beiden|eux deux|elles deux|ellos dos|ellas dos|eles dois|elas duas|loro due|"
    r"tutti e due|entrambi)|(?:fur|for|per|para|pra|pour)\s+(?:os dois|as duas|los dos|las dos|les deux))"
    r"(?=\s*(?:[,.;:!?]|$|up|a|an|ein|eine|einen|una|un|une|um|uma|from|vom|du|del|dal|de|do)\b)"
)
_ROOM_FOR_THE_TWO_OF_THEM = re.compile(
    rf"\b{_ROOM}\b[^.!?\n]{{0,25}}?\b(?:(?:pour (?:eux|elles)|for them|para (?:ellos|ellas|eles|elas)|pra (?:eles|elas)|"
    r"fur sie|per loro)\s+(?:deux|two|dos|dois|duas|zwei|due|2)|for the two of them|for both of them|"
    r"para (?:os dois|as duas|los dos|las dos)|pra (?:os dois|as duas)|fur (?:die beiden|beide)|per (?:tutti e due|entrambi))\b"
)
# A room for the writer's parents or given to them, and no one else counted ("una habitación para mis padres",
# "a room for my parents", "ai nostri genitori una camera matrimoniale", "offrir à nos parents une chambre", "unseren
# Eltern ein Doppelzimmer schenken", "oferecer aos nossos pais um quarto"): the two of them.
_PARENTS_OWNED = (
    r"(?:my|our|mis|nuestros|mes|nos|i miei|i nostri|miei|nostri|os meus|os nossos|meus|nossos|meine|meinen|unsere|"
    # (Swiss "für mini Eltere")
    r"unseren|mini|mine)\s+(?:padres|parents|genitori|eltern|eltere|pais|suegros|in-laws|beaux-parents|suoceri|sogros|"
    r"schwiegereltern|"
    # the two of them named ("my mum and dad", "mi madre y mi padre", "ma mère et mon père", "meine Mama und mein Papa",
    # "mia mamma e mio papà", "a minha mãe e o meu pai")
    r"(?:mum|mom|mother|mama|madre|mere|maman|mutter|mamma|mae)\s+(?:and|y|et|und|e)\s+"
    r"(?:(?:my|mi|mon|mein|meinen|mio|il mio|o meu|meu)\s+)?(?:dad|father|papa|padre|pere|vater|pai))"
)
_ROOM_OF_THE_PARENTS = re.compile(
    rf"\b{_ROOM}\b[^.!?\n]{{0,20}}?\b(?:para|pra|for|pour|per|fur)\s+{_PARENTS_OWNED}\b|"
    # a stay given to them ("I'd like to treat my mum and dad to two nights", "regalar a mis padres dos noches",
    # "offrir à mes parents deux nuits", "meinen Eltern zwei Nächte schenken", "regalare ai miei genitori due notti",
    # "oferecer aos meus pais duas noites")
    r"\b(?:treat|treating|spoil|regalar(?:les)?\s+a|regalarle\s+a|invitar\s+a|offrir\s+a|inviter|regalare\s+a|"
    rf"offrire\s+a|oferecer\s+a|oferecer\s+aos)\s*(?:i\s+)?{_PARENTS_OWNED}\b|"
    rf"(?<!with )(?<!mit )\b{_PARENTS_OWNED}\b(?:[^.!?\n]|(?<=\d)\.){{0,50}}?\b(?:schenken|spendieren)\b|"
    # ("für meine Eltern (beide über 80) ein Zimmer": what they are, in brackets)
    rf"(?<!with )(?<!con )(?<!com )(?<!avec )(?<!mit )\b{_PARENTS_OWNED}(?:\s*\([^()]{{0,30}}\))?\s+"
    r"(?:a|an|una|un|une|um|uma|ein|eine|einen|es)\s+"
    rf"(?:[a-z]+\s+)?{_ROOM}\b"
)
# A room for the writer (or the couple) and another for parents or grandparents ("une chambre pour nous deux et une
# autre pour les grands-parents", "una camera per me e una per i miei genitori"): two more adults.
_ROOM_FOR_PARENTS = re.compile(
    rf"(?:\b(?:y|e|et|and|und|ed)|,)\s+{_ANOTHER}(?:\s+[a-z]+)?\s+(?:para|pra|pros|pour|for|per|fur)\s+"
    r"(?:(?:los|las|les|the|die|i|os|as|mis|my|mes|meine|meinen|miei|meus|our|nuestros|unsere|nos|nossos)\s+)*"
    r"(?:padres|papas|abuelos|suegros|parents|grandparents|in-laws|grands-parents|beaux-parents|eltern|grosseltern|"
    r"schwiegereltern|genitori|nonni|suoceri|pais|avos|sogros)\b"
)
# A room for the writer and another for companions counted or named ("ein Einzelzimmer für mich und ein Doppelzimmer
# für meine Kollegen Jan und Tom", "a single for me and a double for my two colleagues", "una individual para mí y una
# doble para mis dos amigas"): the companions add up.
_ROOM_FOR_COMPANIONS = re.compile(
    rf"(?:\b(?:y|e|et|and|und|ed)|,)\s+(?:{_ANOTHER[3:-1]}|ein|eine|einen|a|an)(?:\s+[a-z]+)?\s+"
    r"(?:para|pra|pour|for|per|fur)\s+(?:my|mis|meine|meinen|mes|i miei|le mie|miei|mie|os meus|as minhas|meus|minhas|"
    rf"our|nuestros|nuestras|unsere|unseren|nos|i nostri|le nostre)\s+(?:(?P<n>{NUMBER})\s+)?"
    rf"{_OTHER_ADULTS}(?:\s+(?P<names>[a-z]{{2,}}\s+(?:und|and|y|e|et|&)\s+[a-z]{{2,}}))?"
)
# Another room for a couple beside a counted party ("une chambre triple pour 3 adultes, et une double pour un
# couple avec bébé"): the couple's two adults add up.
# Another room for one relative or friend with their children ("y una triple para mi hermana con sus dos hijos", "and a
# triple for my sister with her two kids", "e um triplo para a minha irmã com os filhos dela"): one more adult.
_ROOM_FOR_ONE_WITH_CHILDREN = re.compile(
    rf"(?:\b(?:y|e|et|and|und|ed)|,)\s+(?:{_ANOTHER[3:-1]}|ein|eine|einen|a|an)(?:\s+[a-z]+)?\s+"
    r"(?:para|pra|pour|for|per|fur)\s+(?:my|mi|ma|mon|meine|meinen|meiner|mia|mio|la mia|il mio|minha|meu|a minha|"
    r"o meu)\s+(?:hermana|hermano|sister|brother|soeur|frere|schwester|bruder|sorella|fratello|irma|irmao|madre|padre|"
    r"mother|mum|mom|father|dad|mere|pere|mutter|vater|mae|pai|tia|tio|aunt|uncle|tante|oncle|onkel|zia|zio|prima|"
    r"primo|cousin|cousine|cugina|cugino|amiga|amigo|friend|amie|ami|freundin|freund|amica|amico)\s+"
    r"(?:con|with|com|avec|mit)\s+(?:(?:sus|su|her|his|their|ses|sa|son|ihren|ihrem|ihrer|seinen|seinem|seiner|"
    rf"i suoi|il suo|la sua|suoi|sua|suo|os|as|o|a|seus|suas|seu)\s+)?(?:[a-z]+\s+)?{_CHILD}\b"
)
_ANOTHER_FOR_COUPLE = re.compile(
    rf"(?P<head>(?:\b(?:y|e|et|and|und)|,)\s+{_ANOTHER}(?:\s+[a-z]+)?\s+(?:para|pra|pour|for|per|fur)\s+)"
    r"(?:un|a|una|uma|um|ein|une)\s+(?:couple|pareja|coppia|casal|paar)\b"
)
_ROOM_FOR_SELF = re.compile(
    rf"\b{_ONE_ROOM_NOUN}\b(?:\s+[a-z]+)?\s+(?:para|pra|for|pour|fur|per)\s+(?:me|mim|moi|mich|myself|mi)\b"
)
# Whom the writer books for and does not come with ("on behalf of my elderly parents", "per conto di mia madre e mia
# zia"): those people only.
_ON_BEHALF = re.compile(
    r"\b(?:on behalf of|per conto di|de la part de|pour le compte de|en nombre de|de parte de|em nome de|"
    r"im auftrag (?:von|meiner|meines))\s+"
)
_WITH_COMPANION = re.compile(
    rf"\b(?:con|with|com|avec|mit)\s+(?:{_DET}|her|his|their|su|ses|sa|son|seiner|seinem|ihrer|ihrem|sua|suo|"
    rf"la sua|il suo|a sua|o seu)\s+{_COMPANION}\b{_MINOR_AGE_AFTER}"
)
_LIST_AT = re.compile(rf"{_LIST_ITEM_PLAIN}(?:{_LIST_AND}{_LIST_ITEM_PLAIN})*")
# The writer in a list with a son or daughter of 18 or more ("twin room for my son (19) and me").
_WRITER_LISTED = re.compile(
    r"\b(?:and|y|e|et|und|&|\+)\s*(?:(?:para|pra|for|pour|fur|per)\s+)?(?:me|i|myself|yo|eu|mim|moi|ich|mich|io)\b|"
    r"\b(?:me|i|myself|yo|eu|moi|ich|io)\s+(?:and|y|e|et|und|with|con|com|avec|mit)\s+(?:my|mi|meu|o meu|mon|ma|mein|"
    r"meinem|meine|il mio|la mia|mio|mia)\s"
)
# The booking's room swapped for another ("changer notre chambre pour une plus grande", "change our room for a bigger
# one", "cambiar nuestra habitación por una más grande", "unser Zimmer gegen ein größeres tauschen", "trocar o nosso
# quarto por um maior"): one room (docs/INTERFACES.md).
_SWAP_OUR_ROOM = re.compile(
    r"\b(?:changer|echanger|change|switch|swap|upgrade|cambiar|trocar|mudar|cambiare|tauschen|wechseln|umtauschen)\s+"
    r"(?:(?:de|of)\s+)?(?:notre|ma|our|my|nuestra|mi|a nossa|a minha|o nosso|o meu|nossa|minha|nosso|meu|unser|unsere|"
    r"mein|meine|la nostra|la mia|nostra|mia|la|the|el|le|o|das)\s+"
    r"(?:chambre|room|habitacion|cuarto|quarto|zimmer|camera|stanza)\s+"
    r"(?:pour|for|por|para|pra|gegen|in|con|per|to|into|avec)\s+"
    r"(?:une|a|an|one|una|uma|um|un|ein|eine|einen)\s+(?:plus|more|mas|mais|piu|[a-z]+(?:er|eres|ere|ore))?\b|"
    # ("unser Zimmer gegen ein größeres tauschen": the verb at the end)
    r"\b(?:unser|mein|das)\s+zimmer\s+(?:gegen|in)\s+(?:ein|eine|einen)\s+[a-z]+(?:eres|ere|eren)\b"
)
# A room added to a booking ("can you add a room?", "¿podemos añadir otra habitación?"): how many in all is not said.
_ADD_A_ROOM = re.compile(
    r"\b(?:add|adding|anadir|agregar|sumar|ajouter|hinzufugen|dazubuchen|aggiungere|acrescentar|adicionar)\s+"
    r"(?:a|an|one|another|una|un|otra|uma|um|outra|une|une autre|ein|eine|noch ein|un'altra|un altra)\s+"
    r"(?:[a-z]+\s+)?(?:room|habitacion|cuarto|chambre|zimmer|camera|quarto)\b|"
    # one room more ("Serve una camera in più?", "do we need an extra room?", "une chambre de plus", "una habitación
    # más", "ein zusätzliches Zimmer", "mais um quarto"): one on top of the booking's, no count in all
    r"\b(?:a|an|one|una|un|une|ein|um|uma)\s+(?:room|habitacion|cuarto|chambre|zimmer|camera|stanza|quarto)\s+"
    r"(?:in piu|more|extra|de plus|en plus|supplementaire|mas|a mais|extra|mehr|zusatzlich)\b|"
    r"\b(?:an extra|one more|an additional|ein zusatzliches|ein weiteres|mais um)\s+(?:room|zimmer|quarto)\b|"
    # ("sie bräuchte ein zusätzliches Einzelzimmer", "an extra double room", "une chambre supplémentaire")
    r"\b(?:an extra|one more|an additional|ein zusatzliches|ein weiteres|eine zusatzliche|mais um|mais uma)\s+"
    r"(?:[a-z]+\s+)?(?:room|[a-z]*zimmer|quarto|suite)\b|"
    r"\b(?:une|una|uma|um)\s+(?:chambre|habitacion|camera|stanza|quarto)\s+(?:[a-z]+\s+)?"
    r"(?:supplementaire|adicional|aggiuntiva|extra|en plus|de plus|in piu|a mais)\b"
)
# Rooms added to a booking, counted ("Merci de nous ajouter deux chambres doubles", "could you add two rooms", "añadir
# dos habitaciones", "zwei Zimmer dazubuchen"): that many more, no count in all.
_ADD_N_ROOMS = re.compile(
    r"\b(?:add|adding|anadir|agregar|sumar|ajouter|hinzufugen|aggiungere|acrescentar|adicionar)\s+"
    rf"(?P<n>{NUMBER})\s+(?:[a-z]+\s+)?{_ROOM}\b|"
    rf"\b(?P<n2>{NUMBER})\s+(?:[a-z]+\s+)?{_ROOM}\s+(?:dazubuchen|hinzubuchen|zusatzlich buchen)\b"
)
# The rooms in all, said after those added ("zusätzlich ein Einzelzimmer, insgesamt drei Zimmer", "so three rooms in
# total", "en total tres habitaciones", "au total trois chambres", "in tutto tre camere", "ao todo três quartos").
_ROOMS_IN_ALL = re.compile(
    r"\b(?:insgesamt|in total|in all|altogether|en total|au total|en tout|in tutto|in totale|ao todo|no total)\s*:?\s*"
    rf"(?:also\s+)?(?P<n>{NUMBER})\s+(?:[a-z]+\s+)?{_ROOM}\b|"
    rf"\b(?P<n2>{NUMBER})\s+(?:[a-z]+\s+)?{_ROOM}\s+(?:insgesamt|in total|in all|altogether|en total|au total|en tout|"
    r"in tutto|in totale|ao todo|no total)\b"
)
# The rooms a booking had said to be no more ("non più 2 camere ma 3", "no longer 2 rooms but 3", "ya no 2
# habitaciones sino 3", "plus 2 chambres mais 3", "nicht mehr 2 Zimmer, sondern 3", "não mais 2 quartos, mas 3"):
# the second count.
_ROOMS_NOT_BUT = re.compile(
    r"\b(?:non piu|no longer|not|no mas|ya no|plus|nicht mehr|nicht|nao mais|ja nao)\s+"
    rf"(?:{NUMBER})\s+(?:[a-z]+\s+)?{_ROOM}\s*,?\s*(?:ma|sino|but|mais|sondern|mas)\s+"
    rf"(?:(?:solo|only|just|seulement|nur|apenas)\s+)?(?P<n>{NUMBER})\b"
)
# The rooms a booking now needs, said after the rooms it was booked with ("on a une réservation pour trois chambres
# ... Finalement ... on aurait besoin juste de deux chambres", "temos uma reserva de dois quartos ... Afinal só vamos
# precisar de um quarto", "(deux chambres) : on n'aura finalement besoin que d'une chambre"): the count said last.
_BOOKING_WORD = re.compile(r"\b(?:reserv|book|buch|gebucht|prenot|booked)[a-z]*")
_CHANGE_WORD = (
    r"(?:finalement|finalmente|afinal|al final|in the end|after all|actually|now|jetzt|nun|ora|adesso|agora|ahora|"
    r"maintenant|en fait|eigentlich|doch|but|pero|mais|mas|aber|ma|instead|stattdessen|invece|only|just|juste|"
    r"seulement|solo|nur|apenas|solamente|somente|que)"
)
_NEED = (
    r"(?:need|needs|besoin|brauchen|brauchten|benotigen|necesitamos|necesitaremos|necesitariamos|precisamos|precisar|"
    r"precisaremos|servono|serviranno|servirebbero|faut|faudra|want)"
)
_ROOMS_NEEDED_NOW = re.compile(
    rf"(?:\b{_CHANGE_WORD}\b[^.!?;\n]{{0,40}}?\b{_NEED}|\b{_NEED}\s+(?:juste|seulement|only|just|solo|nur|apenas|so)\b)"
    rf"[^.!?;\n]{{0,25}}?\b(?:d')?(?P<n>{NUMBER})\s+(?:[a-z]+\s+)?{_ROOM}\b"
)

# The rooms a booking now needs, said after the rooms it had ("en vez de una doble necesitamos dos", "instead of one
# double we need two", "abbiamo prenotato due camere ma ne basta una", "but one is enough", "add a second room"): the
# count said last.
_ROOMS_NOW = re.compile(
    rf"\b(?:au lieu d'|{_INSTEAD_WORDS})\s*(?:una|un|a|an|one|um|uma|une|einem|einer|einen|ein|eine)\s+(?:[a-z]+\s+)?"
    rf"{_ROOM}\b[^.!?;\n]{{0,40}}?\b(?P<n>dos|two|dois|deux|zwei|due|tres|three|tres|trois|drei|tre|2|3)\b"
    r"(?!\s*(?:[a-z]+\s+)?(?:noches?|nights?|noites?|nuits?|nachte|notti|dias?|days?|personas?|people|persons|"
    r"pessoas|personnes|personen|persone|adult\w*|erwachsene\w*|ninos|kids|children|enfants|kinder|bambini|criancas))|"
    # the room a booking had, then the rooms it needs after "but" ("avevamo una doppia ma ci servono due camere",
    # "we had a double but we need two rooms now", "teníamos una doble pero necesitamos dos habitaciones", "on avait
    # une double mais il nous faut deux chambres", "wir hatten ein Doppelzimmer, aber brauchen zwei Zimmer")
    r"\b(?:avevamo|abbiamo|teniamos|tenemos|we had|we have|we'?ve got|on avait|on a|nous avions|nous avons|"
    r"wir hatten|wir haben|tinhamos|temos)\s+(?:una|un|a|an|one|um|uma|une|ein|eine|einen)\s+(?:[a-z]+\s+)?"
    rf"(?:{_ONE_ROOM_NOUN}|duplo|dupla|triplo)\b[^!?;\n]{{0,60}}?\b(?:but|pero|mais|mas|aber|ma|however)\b[^.!?;\n]{{0,30}}?"
    rf"\b(?P<n5>dos|two|dois|duas|deux|zwei|due|tres|three|trois|drei|tre|quatro|cuatro|four|quatre|vier|quattro|2|3|4)"
    rf"\s+(?:[a-z]+\s+)?{_ROOM}\b|"
    # one room is enough after more were booked
    r"\b(?P<one>(?:ne|ce ne|nos|nous|uns|ci|a gente)?\s*(?:basta|bastara|bastera|suffit|suffira|reicht|genugt|chega|"
    r"is enough|will do|will be enough)\s+(?:con\s+)?(?:una|uno|un|one|um|uma|une|eins|eines|ein|eine|only one)|"
    r"(?:una|un|one|um|uma|une|eins|ein|eine|only one|just one)\s+(?:[a-z]+\s+){0,2}(?:basta|bastara|suffit|suffira|"
    r"reicht|genugt|chega|is enough|will do|will be enough|sera suffisante|suffiront))\b|"
    # a room added as the second or the third
    r"\b(?:add|adding|anadir|agregar|ajouter|hinzufugen|dazubuchen|aggiungere|acrescentar|adicionar|reservar|book|"
    r"buchen|prenotare|reserver)\s+(?:a|an|una|un|une|um|uma|ein|eine|einen|noch ein|noch eine)\s+"
    r"(?:(?P<second>second|segunda|segundo|deuxieme|seconde|zweites|zweite|zweiten|seconda|secondo)|"
    r"(?P<third>third|tercera|tercer|terceira|terceiro|troisieme|drittes|dritte|dritten|terza|terzo))\s+"
    r"(?:room|habitacion|cuarto|chambre|zimmer|camera|stanza|quarto)\b|"
    r"\b(?:(?P<second2>ein zweites|ein weiteres)|(?P<third2>ein drittes))\s+zimmer\s+(?:dazu)?buchen\b|"
    # ("est-ce qu'on pourrait en ajouter une deuxième ?", "aggiungerne una seconda": the room said before)
    r"\b(?:en ajouter|aggiungerne|ajouter|anadir|agregar|add|aggiungere|adicionar|acrescentar)\s+"
    r"(?:une|una|um|uma|a)\s+(?:(?P<second3>deuxieme|seconde|segunda|seconda|second|segundo)|"
    r"(?P<third3>troisieme|tercera|terza|third|terceira))\b"
    r"(?!\s+(?:nuit|noche|notte|night|noite|personne|persona|person|pessoa|adult\w*|enfant|nino|bambin\w*|child)\b)|"
    # ("wir bräuchten zusätzlich ein zweites Zimmer", "we'd need a second room for the kids")
    r"\b(?:ein|a|une|una|um|uma)\s+(?:(?P<second4>zweites|second|deuxieme|seconde|segunda|seconda|segundo)|"
    r"(?P<third4>drittes|third|troisieme|tercera|terza|terceira))\s+(?:[a-z]+\s+)?"
    r"(?:zimmer|room|chambre|habitacion|camera|quarto|stanza|cuarto)\b|"
    # the rooms a booking now needs, said as a count alone after those it had ("Reservamos três quartos mas ... só
    # vamos precisar de dois", "ne servono solo due", "we'll only need two", "brauchen nur noch zwei")
    r"\b(?:(?:so|solo|solamente|only|just|nur|nur noch|seulement|plus que|apenas|somente)\s+"
    r"(?:(?:vamos|vamos a|we'll|we will|we|wir|ci|nous|on|a gente|ne|les)\s+)?"
    r"(?:precisar de|precisamos de|necesitar|necesitamos|need|brauchen|servono|serviranno|faut|besoin de|"
    r"queremos|want)|"
    r"(?:necesitamos|precisamos|need|brauchen wir|brauchen|benotigen|ne servono|servono|il nous en faut|ci servono)\s+"
    r"(?:solo|solamente|only|just|nur|nur noch|seulement|apenas|somente)|"
    r"(?:on n'en a plus besoin que de|nous n'en avons plus besoin que de|on n'a plus besoin que de))\s+"
    r"(?P<n2>dos|two|dois|duas|deux|zwei|due|tres|three|trois|drei|tre|quatro|cuatro|four|quatre|vier|quattro|"
    r"2|3|4|5|6)\b"
    r"(?!\s*(?:[a-z]+\s+)?(?:noches?|nights?|noites?|nuits?|nachte|notti|dias?|days?|personas?|people|persons|"
    r"pessoas|personnes|personen|persone|adult\w*|erwachsene\w*|ninos|kids|children|enfants|kinder|bambini|criancas|"
    r"camas|beds|lits|betten|letti))"
)
# A count of rooms added and the total they make ("ci servono due camere in più, quindi otto in totale", "we need two
# more rooms, so eight in total", "zwei Zimmer mehr, also insgesamt acht"): the total is the rooms, no party.
_ROOMS_MORE_TOTAL = re.compile(
    rf"(?:\b{_ROOM}\s+(?:in piu|more|extra|de plus|en plus|supplementaires?|mas|adicionales|a mais|extras?|zusatzlich|"
    rf"mehr|weitere)|\b(?:more|extra|additional|weitere|zusatzliche|mehr)\s+{_ROOM})\b[^.!?\n]{{0,25}}?\b(?:quindi|so|also|donc|entonces|entao|that'?s|that makes|cioe|ovvero|soit|"
    r"o sea|ou seja|sprich)\s+"
    rf"(?:(?P<tot1>en total|in total|in all|au total|en tout|insgesamt|in tutto|in totale|ao todo|no total)\s+)?"
    rf"(?P<n>{NUMBER})(?:\s+{_ROOM})?(?:\s+(?:en total|in total|in all|au total|en tout|insgesamt|in tutto|"
    r"in totale|ao todo|no total))?"
)
# People who dropped out of a booked party ("um casal desistiu", "due colleghi hanno dato forfait", "zwei Leute sind
# abgesprungen", "two of them pulled out"): no party.
_DROPPED_OUT = re.compile(
    rf"\b(?:{NUMBER})\s+(?:(?!(?:but|pero|mas|mais|aber|ma|and|y|e|et|und)\s)[a-z'-]+\s+){{0,4}}?(?:desistiu|desistiram|desistio|desistieron|se bajaron|se han bajado|"
    r"se ha bajado|cancelaron|cancelou|cancelaram|dropped out|pulled out|have dropped out|have pulled out|"
    r"can'?t come|cannot come|won'?t come|aren'?t coming|isn'?t coming|se sont desiste(?:e)?s|s'est desistee?|"
    r"ne viennent plus|ne vient plus|ont declare forfait|hanno dato forfait|ha dato forfait|hanno rinunciato|"
    r"ha rinunciato|non vengono piu|non viene piu|sind abgesprungen|ist abgesprungen|haben abgesagt|hat abgesagt|"
    r"fallen weg|kommen nicht mehr|kommt nicht mehr|nao vem mais|ja nao vem|ya no vienen|ya no viene|"
    r"se ha caido|se han caido|se cayo|se cayeron|ja nao podem ir|ja nao pode ir|nao podem ir|nao pode ir|"
    r"ya no pueden venir|ya no puede venir|no pueden venir|no puede venir|ne peuvent plus venir|ne peut plus venir|"
    r"non possono piu venire|non puo piu venire)\b|"
    # the verb first ("bei der Gruppenbuchung sind zwei Leute abgesprungen", "se han caído dos personas")
    rf"\b(?:sind|ist|haben|hat)\s+(?:{NUMBER})\s+(?:[a-z'-]+\s+){{0,2}}?"
    r"(?:abgesprungen|ausgefallen|weggefallen|abgesagt)\b|"
    rf"\b(?:se han caido|se ha caido|se han bajado|se ha bajado)\s+(?:{NUMBER})(?:\s+[a-z]+)?"
)
# The rooms a booking needs now, said as a count after the rooms it had ("Reservamos dos habitaciones ... necesitaríamos
# tres en total", "avevamo bloccato 6 camere, ma ne servono 8 in totale", "ne bastano due", "Con dos habitaciones nos
# basta", "bastam-nos dois quartos", "on n'a donc plus besoin que d'une chambre", "anziché due camere doppie ce ne
# servirebbero tre", "Could we change it to 3 rooms?"): that count, its number no party.
_ENOUGH = (
    r"(?:bastan|bastano|bastam|basta|bastaran|bastera|basteranno|bastarao|suffisent|suffit|suffiront|suffira|reichen|"
    r"reicht|genugen|genugt|chegam|chega|are enough|is enough|will do|will be enough|would be enough)"
)
_NOT_ROOMS_AFTER = (
    r"(?!\s*(?:[a-z]+\s+)?(?:noches?|nights?|noites?|nuits?|nachte|notti|dias?|days?|giorni|tage|jours|personas?|people|"
    r"persons|pessoas|personnes|personen|persone|adult\w*|erwachsene\w*|ninos|kids|children|enfants|kinder|bambini|"
    r"criancas|camas|beds|lits|betten|letti)\b)"
)
_ROOMS_COUNT_NOW = re.compile(
    rf"\b(?:(?:ne|ce ne|nos|nous|ci|uns|a gente)\s+)?{_ENOUGH}(?:-nos|-nous)?\s+(?:(?:con|avec|with|mit|com)\s+)?"
    rf"(?P<a>{NUMBER})\b{_NOT_ROOMS_AFTER}|"
    rf"\b(?P<b>{NUMBER})\s+(?:[a-z]+\s+)?{_ROOM}\s+(?:(?:nos|nous|ci|uns|ne|me)\s+)?{_ENOUGH}\b|"
    r"\b(?:(?:ce ne|ne|nos|nous|ci|en|il nous en)\s+)?(?:servirebbero|servono|serviranno|servirebbe|necesitariamos|"
    r"necesitamos|necesitaremos|necesitaria|precisariamos|precisamos|precisaremos|precisavamos|would need|will need|"
    r"need|brauchen|brauchten|benotigen|benotigten|faudrait|faut|faudra)\s+"
    r"(?:(?:aber|jetzt|nun|doch|now|then|ahora|entonces|pero|ora|adesso|pero|agora|maintenant|mais|ma)\s+){0,2}"
    r"(?:(?:solo|only|just|nur|nur noch|"
    rf"seulement|apenas|en total|in total|in totale|insgesamt|au total|no total|ao todo)\s+)?(?P<c>{NUMBER})\b"
    r"(?=\s*(?:en total|in total|in totale|in tutto|insgesamt|au total|en tout|no total|ao todo|[,.;:!?]|$))|"
    rf"\bbesoin\s+(?:que\s+)?(?:de\s+|d'\s*)(?P<d>{NUMBER})\s+(?:[a-z]+\s+)?{_ROOM}\b|"
    r"\b(?:change it|change that|change the booking|make it|increase it|reduce it|cambiarlo|cambiarla|pasarlo|pasarla|"
    r"passer|passar|passare|portarla|portarlo|aumentare|aumentar|reduzir|reducir|umbuchen|erhohen|reduzieren)\s+"
    rf"(?:to|a|para|auf|para|pra|on)\s+(?P<e>{NUMBER})\s+(?:[a-z]+\s+)?{_ROOM}\b|"
    # the count before what is enough ("con dos nos basta", "with two we'll manage", "avec deux ça nous suffit", "mit
    # zweien reicht es uns", "con due ci basta", "com dois chega-nos")
    rf"\b(?:con|avec|with|mit|com)\s+(?P<f>{NUMBER})\s+(?:(?:nos|nous|ci|uns|ne|me|ca nous|es uns|es)\s+)?{_ENOUGH}\b|"
    # from the rooms it had to the count now ("Can we drop from 4 rooms to 3?", "pasar de 4 habitaciones a 3", "passer
    # de 4 chambres à 3", "von 4 Zimmern auf 3", "da 4 camere a 3", "de 4 quartos para 3")
    # (a change verb before it: "una reserva de dos quartos para 10 a 12" is no change)
    r"(?:\b(?:drop|go|going|change|move|reduce|cut|switch|come down|pasar|bajar|reducir|cambiar|passer|reduire|"
    r"descendre|passare|ridurre|scendere|passar|reduzir|mudar|baixar)\s+(?:it\s+|la\s+|lo\s+|le\s+)?"
    r"(?:from|de|da)|\bvon)"
    rf"\s+(?:{NUMBER})\s+(?:[a-z]+\s+)?{_ROOM}n?\s+(?:to|a|auf|para|pra|zu)\s+(?P<g>{NUMBER})\b"
    r"(?![.,/-]?\d|\s*(?:a|al|ao|to|au|bis|-)\s*\d)"
    r"(?!\s*(?:[a-z]+\s+)?(?:noches?|nights?|noites?|nuits?|nachte|notti|dias?|days?|de\s|of\s|[a-z]+ber\b|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|janeiro|fevereiro|marco|maio|junho|julho|"
    r"january|february|march|april|may|june|july|august|januar|februar|marz|juni|juli))"
)


def _rooms_now(folded: str) -> re.Match[str] | None:
    """The last count of rooms a booking now needs, said after a count of rooms (see `_ROOMS_COUNT_NOW`)."""
    first = _ROOMS.search(folded)
    if first is None:
        return None
    # ("Can we drop from 4 rooms to 3?" says the rooms it had itself)
    booked = _BOOKING_WORD.search(folded, 0, first.end() + 40) or _HAD.search(folded, 0, first.start())
    found = [
        m
        for m in _ROOMS_COUNT_NOW.finditer(folded, max(0, first.start() - 30))
        if m.lastgroup
        and to_int(m[m.lastgroup])
        and (m.lastgroup == "g" or (booked and m.start() >= first.end()))
    ]
    return found[-1] if found else None


_HAD = re.compile(
    r"\b(?:teniamos|tenemos|avevamo|abbiamo|nous avions|on avait|we had|we have|we'?ve got|tinhamos|temos|"
    r"wir hatten|wir haben)\b"
)
# A room booked and the one needed now in its place ("Wir hatten ein Doppelzimmer ... reserviert, bräuchten aber
# jetzt ein Dreibettzimmer", "we booked a double but now need a triple"): one room, counted once.
_BOOKED_BUT_NOW = re.compile(
    r"\b(?:reservad[oa]s?|reservamos|reserve|reservee|reservees|reserviert|gebucht|booked|prenotat[oa]|prenotato|"
    r"avevamo prenotato|reservei|reservou|reservaram)\b[^.!?\n]{0,40}?\b(?:but|pero|mais|mas|aber|ma|however)\b"
    r"[^.!?\n]{0,15}?\b(?:now|jetzt|ahora|maintenant|ora|adesso|agora|instead|stattdessen|plutot|invece|en cambio)\b"
)

# A guest named and their companion, the room for them ("a twin room ... for Mr. Tanaka and his colleague", "para el
# Sr. Ruiz y su esposa", "pour M. Morel et sa femme", "für Herrn Brandl und seine Frau", "per il sig. Rossi e sua
# moglie", "para o Sr. Costa e a sua esposa"): the two of them.
_NAMED_AND_THEIRS = re.compile(
    r"\b(?:for|para|pra|pour|fur|per)\s+(?:(?:mr|mrs|ms|dr|sr|sra|m|mme|herrn?|frau|sig|sig\.ra|signor|signora|dott|"
    # (Latin-American titles: "para el Lic. Andrés Peralta y su esposa", "el Ing. Ramos y su esposa")
    r"senhor|senhora|senor|senora|monsieur|madame|lic|ing|arq|prof|dra|licenciado|licenciada|ingeniero|el|la|il|o|a)"
    # (the name may be blanked as the guest's: "para el Lic. [Andrés Peralta] y su esposa")
    r"\.?\s+){1,2}(?:[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?\s+)?"
    r"(?:and|y|et|und|e)\s+(?:(?:a|o)\s+(?=esposa|esposo|mulher|marido|companheira|companheiro)|(?:(?:a|o)\s+)?"
    r"(?:his|her|su|sa|son|seine|seiner|seinen|ihre|ihren|sua|suo|la sua|il suo|seu)\s+)(?:colleague|wife|husband|partner|assistant|colega|esposa|esposo|mujer|marido|pareja|asistente|collegue|"
    r"femme|mari|epouse|compagne|compagnon|assistante?|kollegen|kollegin|frau|mann|partnerin|assistentin|assistenten|"
    r"collega|moglie|marito|compagna|compagno|assistente|mulher|companheira|companheiro)\b"
)
# A partner taken away by the writer ("take my girlfriend away for Valentine's", "llevar a mi novia", "emmener ma
# copine", "meine Freundin ... mitnehmen", "portare la mia ragazza", "levar a minha namorada"): the two of them.
_TAKE_PARTNER = re.compile(
    r"\b(?:take|taking|bring|bringing|whisk|surprise|llevar a|llevarme a|traer a|sorprender a|emmener|amener|"
    r"surprendre|portare|portarmi|sorprendere|levar|trazer|surpreender)\s+(?:a\s+)?"
    + _PARTNER.pattern
    + r"|"
    + _PARTNER.pattern
    + r"\s+(?:[a-z]+\s+){0,4}(?:mitnehmen|mitbringen|ausfuhren|entfuhren|uberraschen)\b"
)
# The party said as girls or boys ("on est 8 filles pour un EVJF", "we're 8 girls", "somos 8 chicas", "wir sind 8
# Mädels", "siamo 8 ragazze", "somos 8 meninas"): grown-ups, not daughters, when no age is said.
_WE_ARE_GIRLS = re.compile(
    r"\b(?:on est|nous sommes|on sera|nous serons|we are|we're|we'll be|somos|seremos|wir sind|siamo|saremo)\s+"
    rf"(?P<n>{NUMBER})\s+(?:filles|garcons|mecs|girls|boys|guys|chicas|chicos|ragazze|ragazzi|madchen|madels|jungs|"
    r"meninas|meninos|garotas|garotos)\b(?!\s*(?:\(|de\s+\d|aged|von\s+\d|di\s+\d|d'eta|entre))"
)

# A relative joining a party counted as adults, with their own children ("we're two adults ..., but my sister and her
# two kids want to join us", "se apunta mi hermana con sus dos hijos", "ma sœur et ses deux enfants veulent nous
# rejoindre", "meine Schwester kommt mit ihren zwei Kindern mit", "si aggiunge mia sorella con i suoi due figli", "a
# minha irmã e os dois filhos dela vêm também"): one adult more.
_RELATIVE = (
    r"(?:sister|brother|mother|father|mum|mom|dad|friend|hermana|hermano|madre|padre|amiga|amigo|soeur|frere|mere|pere|"
    r"amie|ami|schwester|bruder|mutter|vater|freundin|freund|sorella|fratello|mamma|papa|amica|amico|irma|irmao|mae|pai)"
)
_RELATIVE_WITH_CHILDREN = (
    rf"(?:my|mi|ma|mon|meine|mein|mia|mio|minha|meu|a minha|o meu)\s+{_RELATIVE}\s+(?:and|with|y|con|et|avec|und|mit|e|com)\s+"
    r"(?:(?:her|his|sus|su|ses|ihre[nm]?|seine[nm]?|i suoi|le sue|os seus|as suas|seus|suas|os|as)\s+)?"
    rf"(?:(?:{NUMBER})\s+)?{_CHILD}\b(?:\s+(?:dela|dele))?"
)
_JOIN = (
    r"(?:want to join|wants to join|will join|are joining|is joining|join us|se apunta|se apuntan|se une|se unen|se suma|"
    r"nous rejoindre|nous rejoint|se joint|se joignent|kommt mit|kommen mit|mitkommen|si aggiunge|si aggiungono|"
    r"vem tambem|vem connosco|vem conosco|vao juntar-se|juntar-se a nos|viene anche|vengono anche|vienen tambien|"
    r"viene tambien|vient aussi|viennent aussi|comes too|come too|coming too)"
)
_RELATIVE_JOINS = re.compile(
    rf"\b{_RELATIVE_WITH_CHILDREN}[^.!?;\n]{{0,25}}?\b{_JOIN}|\b{_JOIN}\s+{_RELATIVE_WITH_CHILDREN}|"
    # German with the verb around them ("meine Schwester kommt mit ihren zwei Kindern mit")
    rf"\b(?:meine|mein)\s+{_RELATIVE}\s+kommt\s+mit\s+(?:ihren|seinen)\s+(?:(?:{NUMBER})\s+)?{_CHILD}\s+mit\b"
)

# The people a meeting or event room holds ("¿tienen sala para unas 15 personas?", "Seminarraum für etwa 15 Personen")
# are no party (docs/INTERFACES.md).
_MEETING_ROOM_PEOPLE = re.compile(
    r"\b(?:meeting room|conference room|function room|event room|boardroom|seminarraum|tagungsraum|konferenzraum|"
    r"besprechungsraum|sala (?:de )?(?:reuniones|reunion|reuniao|conferencias|eventos|riunioni|conferenze)|"
    r"salle (?:de )?(?:reunion|conference|seminaire)|sala|salle)\b[^.?!\n]{0,25}?"
    r"\b(?:para|pra|for|pour|fur|per)\s+(?:(?:unas|unos|umas|uns|about|around|some|up to|etwa|ca\.|ca|environ|"
    rf"circa|cerca de|ungefahr|bis zu)\s+)?(?:\d{{1,3}}|{NUMBER})\s+{_PERSON}"
)


def _party_besides(folded: str, clause: re.Match[str]) -> int | None:
    """The adults of the rest of the message without the clause of another room ("et une autre pour les
    grands-parents"): the couple or the writer alone ("una camera per me")."""
    rest = folded[: clause.start()] + folded[clause.end() :]
    base = party(rest).adults
    if base is None and _ROOM_FOR_SELF.search(folded, 0, clause.start()):
        base = 1
    return base


def _adults_listed_at(folded: str, start: int) -> int:
    """The adults of a list of people that starts at `start` ("my elderly parents", "mia madre e mia zia"); the
    writer named after them ("on behalf of my parents, I would like...") is who writes, not who comes."""
    listed = _LIST_AT.match(folded, start)
    if not listed:
        return 0
    adults = 0
    for item in _LIST_ITEM_RE.finditer(folded, start, listed.end()):
        adults += 2 if item["parents"] else 1 if item["companion"] else 0
    return adults


# Rooms listed one by one with their people ("une chambre pour mes parents, une pour ma sœur et son mari, et une
# familiale pour nous (2 adultes + 3 enfants)", "ein Doppelzimmer für meinen Mann und mich, ein Einzelzimmer für meine
# Oma und ein Dreibettzimmer für unsere Kinder (6, 10 und 13)", "a double for my husband and me, a twin for our two
# teenage sons (15 and 17), and a single for my mother-in-law"): each room's people add up.
_ROOM_ITEM = re.compile(
    r"(?:^|(?<=[\s:,(]))(?P<art>a|an|one|another|the other|una|un|uno|otra|otro|la otra|une|une autre|un autre|l'autre|"
    r"um|uma|outro|outra|o outro|a outra|ein|eine|einen|noch ein|noch eine|un'|un' altra|un altra|un'altra|l'altra|"
    r"un altro|eins|eines)\s+(?P<kind>(?:[a-z'-]+\s+){0,2}?)(?:for|pour|para|pra|pros|pras|pro|per|fur)\s+"
)
_ITEM_JOIN = re.compile(r"\s*(?:[,;]\s*)?(?:(?:y|and|et|und|e|ed|pis|plus)\s+)?$")
_ROOM_KIND = re.compile(rf"\b{_ROOM}\b|\b(?:familiale|familiar|familiare|family|einzel|doppel)\b")
_ITEM_END = re.compile(r"[.!?;\n]|\b(?:from|du|vom|von|del|dal|desde|ab|de)\s+\d")
# One named and the writer a room is for ("eins für Lea und mich", "one for Tom and me", "una para Lucía y para mí").
_NAMED_AND_ME = re.compile(
    r"\s*(?!(?:us|them|nos|nous|uns|noi|ellos|eles|eux|loro|sie)\b)[a-z]{3,12}\s+(?:and|y|et|und|e|ed|&)\s+"
    r"(?:(?:for|para|pra|pour|fur|per)\s+)?(?:me|moi|mich|mim|mi|myself|io|yo|eu|me stesso)\s*"
)
_SELF_ONLY = re.compile(r"\s*(?:me|moi|mich|mim|mi|myself|moi-meme|me stesso|mi mismo|mim mesmo)\s*$")


# A son or daughter with a partner of their own in the same room ("une triple pour mon fils, sa compagne et leur bébé")
# is grown.
_OFFSPRING = re.compile(
    r"\b(?:mon|ma|my|mi|mein|meine|meinen|meinem|mio|mia|il mio|la mia|meu|minha|o meu|a minha|our|notre|nuestro|"
    r"nuestra|unser|unseren|unsere|nostro|nostra|nosso|nossa)\s+(?:fils|fille|son|daughter|hijo|hija|sohn|tochter|"
    r"figlio|figlia|filho|filha)\b(?!\s*\(?\s*(?:de|di|von|of|aged)?\s*\d)"
)
_OWN_PARTNER = re.compile(
    r"\b(?:sa|son|his|her|su|seine[mnr]?|ihre[mnr]?|sua|suo|la sua|il suo|a sua|o seu)\s+(?:compagne|compagnon|femme|"
    r"mari|epouse|wife|husband|girlfriend|boyfriend|partner|fiancee?|novia|novio|mujer|marido|esposa|esposo|pareja|"
    r"frau|mann|freundin|freund|partnerin|verlobte|moglie|marito|fidanzata|fidanzato|compagna|compagno|namorada|"
    r"namorado|mulher|noiva|noivo)\b"
)


def _people_of_room(text: str) -> tuple[int, int, bool] | None:
    """The adults and children a room is for ("mes parents" 2, "meine Oma" 1, "nous (2 adultes + 3 enfants)" 2 and 3),
    and whether its count is of people, children maybe among them ("para nosotros cuatro"); None when it does not say
    how many ("les enfants", "nous")."""
    grown = 0
    if _OWN_PARTNER.search(text) and (offspring := _OFFSPRING.search(text)):
        text, grown = re.sub(r"^[\s,]*(?:(?:y|and|et|und|e)\s+)?", "", text[offspring.end() :]), 1
    found = party(text)
    adults = grown + max(
        found.adults or 0,
        _adults_listed_at(text, 0),
        1 if _SELF_ONLY.match(text) else 0,
        2 if _NAMED_AND_ME.fullmatch(text) else 0,
    )
    if found.children and _ONE_WITH_HER_CHILDREN.match(f"for {text}"):
        adults = grown + 1  # "mia sorella con i suoi due figli": the sister
    children = found.children or 0
    bare = bool(found.adults and not children and not says_adults(text) and NUMBER_WORDS.search(text))
    return (adults, children, bare) if adults or children else None


_DOUBLE_KIND = re.compile(
    r"\b(?:matrimoniale|matrimonial|doppia|double|doble|doppelzimmer|dz|casal|duplo|dupla|twin|zweibettzimmer)\b"
)
_US = re.compile(r"(?:us|noi|nosotros|nosotras|nous|uns|nos|nos dois|us two|nous deux|noi due|nosotros dos)")


def _rooms_listed(folded: str) -> tuple[int, int, int, bool] | None:
    """The adults, children and rooms of rooms listed one by one with whom each is for, when every room says it, and
    whether a room's count is of people (children maybe among them)."""
    items = list(_ROOM_ITEM.finditer(folded))
    best: tuple[int, int, int, bool] | None = None
    i = 0
    while i < len(items):
        chain = [items[i]]
        while (
            i + len(chain) < len(items)
            and not re.search(r"[.!?\n]", folded[chain[-1].end() : items[i + len(chain)].start()])
            and _ITEM_JOIN.search(folded, chain[-1].end(), items[i + len(chain)].start())
        ):
            chain.append(items[i + len(chain)])
        i += len(chain)
        named = any(_ROOM_KIND.search(m["kind"]) for m in chain) or _ROOM_KIND.search(
            folded, max(0, chain[0].start() - 60), chain[0].start()
        )
        if len(chain) < 2 or not named:
            continue
        adults = children = 0
        bare = couple = False
        for k, item in enumerate(chain):
            end = chain[k + 1].start() if k + 1 < len(chain) else len(folded)
            text = folded[item.end() : end]
            if k + 1 < len(chain):
                text = _ITEM_JOIN.sub("", text)
            elif cut := _ITEM_END.search(text):
                text = text[: cut.start()]
            people = _people_of_room(text.strip(" ,"))
            if people is None and k + 1 == len(chain) and "," in text.strip(" ,"):
                # ("... e una singola per me, possibilmente tutte sullo stesso piano": the last room's people end at
                # a comma)
                people = _people_of_room(text.strip(" ,").split(",")[0])
            if people is None and _DOUBLE_KIND.search(item["kind"]) and _US.fullmatch(text.strip(" ,")):
                people, couple = (2, 0, False), True  # "una matrimoniale per noi e una tripla per i ragazzi"
            if people is None:
                break
            adults, children, bare = adults + people[0], children + people[1], bare or people[2]
        else:
            # (the couple only beside rooms for children: "una doble para nosotros y otra para los abuelos" leaves
            # who "we" are open)
            # (unless the couple is named: "My husband and I ... a double for us, one for our son, his wife and
            # their baby, and one for our daughter and her partner")
            if not (
                couple and adults > 2 and not _COUPLE.search(folded) and not _SELF_AND_SPOUSE.search(folded)
            ):
                best = (adults, children, len(chain), bare)
    return best


# Some of a party said to be under an age ("12 people in total, 3 of them under 16", "dont 3 de moins de 12 ans",
# "davon 3 unter 14 Jahren", "4 adultos y 2 menores de 12", "di cui 2 sotto i 10 anni"): that many children.
_UNDER_AGE = re.compile(
    rf"\b(?P<n>{NUMBER})\s+"
    # ("22 joueurs de moins de 16 ans", "20 players under 16", "15 alunos com menos de 14 anos")
    r"(?:(?:players|jugadores|jugadoras|jogadores|jogadoras|joueurs|joueuses|spieler|spielerinnen|giocatori|"
    r"giocatrici|pupils|students|alumnos|alumnas|alunos|alunas|eleves|schuler|schulerinnen|alunni|kids|ninos|"
    r"enfants|kinder|bambini|criancas)\s+)?"
    r"(?:(?:of them|of whom|de ellos|de ellas|deles|delas|di loro|d'entre eux|davon|von ihnen)\s+)?"
    r"(?:(?:are|is|son|sao|sono|sont|sind|est|ist)\s+)?(?:under|below|younger than|menores de|menos de|de menos de|"
    r"moins de|de moins de|unter|sotto i|sotto gli|al di sotto dei|abaixo de|com menos de|con menos de|minori di|menores da)\s+"
    r"(?:(?:the age of|age|l'age de|idade de)\s+)?(?:1[0-8]|[1-9])\b(?!\s*(?:[/.:]\d|euros?|eur|€|months?|meses|mois|mesi|monate))"
    r"(?:\s*(?:years?(?: old)?|yrs?|anos|ans|jahren?|anni|jahre))?"
)
# Pupils or students counted, then said to be all under 18 in a later sentence ("a group of 18 students with two
# teachers ... The students are all 17", "los alumnos tienen todos 15 años", "die Schüler sind alle 16"): children.
_PUPILS = (
    r"(?:alunos|alunas|alumnos|alumnas|estudiantes|estudantes|students|pupils|eleves|schuler|schulern|schulerinnen|alunni|"
    r"studenti|scolari)"
)
# Pupils or teachers counted after a verb ("gli alunni, tutti minorenni, saranno 20 e non 22. I docenti restano due",
# "the pupils, all minors, will be 20 and not 22", "los alumnos, todos menores, serán 20", "les élèves, tous mineurs,
# seront 20", "die Schüler, alle minderjährig, sind jetzt 20"): that many, children when said to be minors.
_COUNT_AFTER_NOUN = re.compile(
    rf"\b(?:the\s+|los\s+|las\s+|les\s+|die\s+|gli\s+|i\s+|os\s+|as\s+)(?P<noun>{_PUPILS}|{_ADULT})\b"
    r"(?:\s*,\s*(?P<minors>tutti minorenni|all minors|all under 18|todos menores(?: de edad)?|todas menores|"
    r"tous mineurs|alle minderjahrig|todos menores de idade)\s*,)?\s+"
    r"(?:saranno|restano|rimangono|will be|remain|stay|seran|siguen siendo|seront|restent|werden jetzt|sind jetzt|"
    r"bleiben|serao|continuam|sono ora|are now)\s+"
    rf"(?P<n>{NUMBER})\b(?:\s+(?:e non|and not|y no|et non|statt|em vez de|e nao|instead of)\s+(?:{NUMBER})\b)?"
)
_PUPILS_COUNTED = re.compile(rf"\b(?P<n>{NUMBER}|\d{{1,2}})\s+{_PUPILS}\b")
_PUPILS_AGED_LATER = re.compile(
    rf"\b(?:the|los|las|les|die|gli|i|os|as|our|nuestros|nos|unsere|i nostri|os nossos)\s+{_PUPILS}\s+"
    r"(?:are|tienen|son|ont|sont|sind|hanno|sono|tem|sao)\s+(?:(?:all|todos|todas|tous|toutes|alle|tutti|tutte)\s+)?"
    r"(?:(?:aged|de|di)\s+)?(?:1[0-7]|[1-9])\b(?!\s*(?:[:.,h]\d|%|€|euros?))"
)
# Pupils or students with ages under 18 ("2 professores e 18 alunos (12 e 13 anos)", "25 pupils aged 11 to 12",
# "30 élèves de 14 ans"): children (students alone may be grown, so only with their ages).
_PUPILS_WITH_AGES = re.compile(
    rf"\b(?P<n>{NUMBER}|\d{{1,2}})\s+(?:alunos|alunas|alumnos|alumnas|estudiantes|estudantes|students|pupils|eleves|"
    r"schuler|schulerinnen|alunni|studenti|scolari|studentinnen|studierende|"
    # a team's players or lads with their ages ("12 players, all aged 13", "16 joueurs de 15 ans", "18 Burschen, alle
    # 15 Jahr", "14 jugadores de 12 años", "15 giocatori di 14 anni")
    r"players|jugadores|jugadoras|jogadores|jogadoras|joueurs|joueuses|spieler|spielern|spielerinnen|giocatori|"
    r"giocatrici|lads|burschen|jungs|chicos|garcons|rapazes|ragazze|"
    # young people of a youth group ("22 jeunes de 12 à 14 ans", "20 jóvenes de 15 años", "18 Jugendliche (14-16)")
    r"jeunes|jovenes|jovens|giovani|jugendliche|jugendlichen|youngsters|young people|scouts)\b"
    # a team's age class ("18 jogadores sub-15 (todos com 14 anos)", "14 players U12")
    r"(?:\s+(?:sub|u|under|unter|moins de|menores de)\s*-?\s*\d{1,2})?"
    # both forms of the noun ("24 Schülerinnen und Schülern (alle 13 Jahre)", "20 alunos e alunas")
    rf"(?:\s+(?:und|and|e|y|et|ed)\s+{_PUPILS})?"
    # ("9 Schüler (alle 16 Jahre)", "20 students, all aged 14", "24 pupils, all 15 years old", "20 alunos, todos com
    # 17 anos")
    r"(?=\s*\(?\s*,?\s*(?:(?:alle|all|all of them|tous|toutes|todos|todas|tutti|tutte)\s+)?"
    r"(?:de|of|aged?|ages|von|di|im alter von|entre|zwischen|tra|com|con|avec|mit)?\s*(?:1[0-7]|[1-9])\b"
    r"(?:\s*(?:,|e|y|and|et|und|a|-|to|bis|al|or|o|ou|oder)\s*(?:1[0-7]|[1-9])\b)*\s*(?:anos|ans|jahr(?:en?)?|anni|years?|yrs?)?"
    r"(?:\s+old)?"
    r"(?:\s*(?:[),.;]|$|y|and|e|et|und|de|from|du|vom|dal|del|para|for|pour|fur|per|plus|with|con|com|avec|mit)\b|"
    r"\s*[),.;+]|$))"
)


# Portuguese "dos" is "of the" before a Portuguese noun ("o nome dos hóspedes do quarto 210"), no Spanish two.
_OF_THE = re.compile(
    r"\bdos(?=\s+(?:hospedes|pessoas|quartos|criancas|filhos|filhas|netos|netas|miudos|meninos)\b)"
)


# A sentence telling of someone who comes by but does not stay ("A filha deles ... vai passar para jantar com eles, mas
# não vai se hospedar", "their driver, who will be staying at a separate hotel nearby", "mi hijo viene a cenar pero no
# se aloja", "notre fils passera mais ne dormira pas à l'hôtel", "übernachtet aber nicht bei Ihnen", "non pernotta"):
# no one of the party.
_NOT_STAYING_SAID = re.compile(
    r"\b(?:won'?t be staying|will not be staying|isn'?t staying|not staying (?:with|at|here)|"
    r"(?:staying|stay|sleeping) (?:at|in) (?:a|another) (?:separate |different )?(?:hotel|place)|no room is needed for|"
    r"no (?:se|va a|vas a) (?:aloja|alojar|hospeda|hospedar|queda a dormir|quedar a dormir)|no va a dormir (?:aqui|en el hotel)|"
    r"ne (?:dormira|logera|restera|dort) pas|(?:ubernachtet|ubernachten|schlaft|schlafen) (?:aber )?nicht|"
    r"non (?:dormira|alloggera|alloggia|pernotta|pernottera)|nao (?:vai )?(?:se hospedar|se hospeda|dormir|pernoitar))\b"
)
# (the sentence around it; searched only where the words are, as trying them after every start of a sentence's
# every character made it the costliest rule of the party)
_NOT_STAYING = re.compile(rf"[^.!?\n]*{_NOT_STAYING_SAID.pattern}[^.!?\n]*")


# Someone of the family named, then said to come by but not to sleep at the hotel, in a sentence that names the party
# too ("... somos eu o meu marido e os dois netos ah e a minha filha vem só jantar connosco mas não fica", "Nostro
# figlio ... verrà a trovarci, ma dormirà a casa sua", "passeranno i miei suoceri per cena, ma non dormono in hotel",
# "my son will pop by but isn't staying", "mi hijo vendrá a cenar pero no se queda", "ma fille passera mais ne reste
# pas", "meine Schwiegereltern kommen zum Essen, bleiben aber nicht"): that person and what is said of them, no guest.
_NOT_STAYING_NOW = (
    r"(?:won'?t (?:be )?(?:staying|stay|sleep(?:ing)? here)|isn'?t staying|aren'?t staying|(?:doesn'?t|don'?t) stay|"
    r"(?:will )?sleep(?:s|ing)? at (?:home|his place|her place|their place)|"
    r"no se queda(?:n|ra|ran)?|no duerme(?:n)?|no dormira(?:n)?|dormira(?:n)? en (?:su|sus) casa|"
    r"duerme(?:n)? en (?:su|sus) casa|no se aloja(?:n|ra|ran)?|"
    r"ne (?:reste|restent|restera|resteront|dort|dorment|dormira|dormiront|loge|logent|logera) pas|"
    r"dort chez (?:lui|elle|eux)|dormira chez (?:lui|elle|eux)|"
    r"(?:bleibt|bleiben|ubernachtet|ubernachten|schlaft|schlafen) (?:aber )?nicht|"
    r"(?:schlaft|schlafen) (?:aber )?(?:bei sich|zu hause|daheim|zuhause)|"
    r"non (?:resta|restano|restera|resteranno|dorme|dormono|dormira|dormiranno|alloggia|alloggiano|pernotta|"
    r"pernottano|pernottera)|dorm(?:e|ono|ira|iranno) a casa (?:sua|loro)|"
    r"nao (?:fica|ficam|ficara|ficarao|dorme|dormem|vai dormir|vao dormir|pernoita|pernoitam)(?!\s+(?:longe|perto|caro|"
    r"barato|bem|mal|claro|muito|tao|mais|menos)\b)|(?:vai |vao )?dorm(?:e|em|ir) em casa)"
)
_VISITOR_NOT_STAYING = re.compile(rf"\b{_NOT_STAYING_NOW}\b[^.!?\n,;]*")
_VISITOR = re.compile(rf"\b(?:{_DET}\s+)?(?:{_COMPANION[3:-1]}|{_CHILD_ONE[3:-1]}|{_LIST_PARENTS[3:-1]})\b")


def _without_visitors(folded: str) -> str:
    """The text without the one said to come by but not to stay, nearest before it, and what is said of them."""
    for m in reversed(list(_VISITOR_NOT_STAYING.finditer(folded))):
        window = max(0, m.start() - 60, *(folded.rfind(c, 0, m.start()) + 1 for c in ".!?\n"))
        visitors = list(_VISITOR.finditer(folded, window, m.start()))
        if visitors:
            visitor = visitors[-1]
            folded = f"{folded[: visitor.start()]} {folded[m.end() :]}"
    return folded


# Children's ages said in a clause after them ("os miúdos que já têm 15 e 17 anos", "the kids, who are 15 and 17", "los
# niños, que tienen 8 y 11", "les enfants qui ont 8 et 11 ans", "die Kinder, die 8 und 11 sind", "i bambini che hanno
# 8 e 11 anni"): their ages, as if in brackets.
_AGES_IN_A_CLAUSE = re.compile(
    rf"\b(?P<child>{_CHILD})\s*,?\s+(?:que|who|qui|die|che)\s+(?:(?:ja|already|deja|schon|gia|ya)\s+)?"
    r"(?:tem|tienen|ont|hanno|are|sind|sont|son|sao|have)\s+(?:(?:ja|already|deja|schon|gia|ya)\s+)?"
    r"(?P<ages>(?:1[0-7]|[1-9])(?:\s*(?:,|e|y|and|et|und)\s*(?:1[0-7]|[1-9]))+)\b|"
    rf"\b(?P<child2>{_CHILD})\s*,?\s+die\s+(?:schon\s+|bereits\s+)?"
    r"(?P<ages2>(?:1[0-7]|[1-9])(?:\s*(?:,|und)\s*(?:1[0-7]|[1-9]))+)(?:\s+jahre alt)?\s+sind\b"
)


def party(folded: str) -> Party:
    """Guests and rooms stated in the message (None when not stated)."""
    folded = _OF_THE.sub("de os", folded)
    folded = _AGES_IN_A_CLAUSE.sub(
        lambda m: f"{m['child'] or m['child2']} ({m['ages'] or m['ages2']})", folded
    )
    folded = _without_visitors(folded)  # "a minha filha vem só jantar connosco mas não fica"
    if _NOT_STAYING_SAID.search(folded):
        folded = _NOT_STAYING.sub(" ", folded)
    folded = _ILL_CHILD.sub(" ", folded)
    folded = _MARRYING_CHILD.sub(" ", folded)  # "meine Tochter heiratet am 3. Juli"
    folded = _GIVING_CHILD.sub(" ", folded)  # "a gift voucher our son gave us"
    folded = _CHILDREN_LAST_TIME.sub(" ", folded)
    folded = _MEETING_ROOM_PEOPLE.sub(" ", folded)
    folded = _PAST_VISIT_CHILDREN.sub(" ", folded)
    folded = _NOT_THIS_COUNT.sub(" ", folded)  # "nicht nur zwei Erwachsene"
    folded = _DROPPED_OUT.sub(" ", folded)  # "um casal desistiu": no one of the party
    rooms_in_all = None
    if (more := _ROOMS_MORE_TOTAL.search(folded)) and (rooms_in_all := to_int(more["n"])):
        # "due camere in più, quindi otto in totale": eight rooms, no party of eight
        folded = (
            folded[: more.start("tot1") if more["tot1"] else more.start("n")] + " " + folded[more.end() :]
        )
    if rooms_in_all is None and (needed := _rooms_now(folded)):
        # "Reservamos dos habitaciones ... necesitaríamos tres en total": three rooms, no party of three
        rooms_in_all = to_int(needed[needed.lastgroup or "a"])
        folded = f"{folded[: needed.start()]} {folded[needed.end() :]}"
    folded = _COUNT_CORRECTED.sub(_count_corrected, folded)  # "para dos personas bueno tres"
    folded = _FRENCH_SON.sub("a sa ", folded)  # "merci de la réserver à son nom"
    folded = _EITHER_COUNT.sub("~", folded)  # "rooms for 2 or 3 people each"
    folded = _COUNT_BEFORE_CHANGE.sub(" ", folded)  # "wir waren 5 Personen, jetzt kommen nur noch 4"
    folded = _COUNT_AFTER_NOUN.sub(
        lambda m: f"{m['n']} {'children' if m['minors'] else m['noun']}", folded
    )  # "gli alunni, tutti minorenni, saranno 20 e non 22": twenty children
    folded = _UNDER_AGE.sub(lambda m: f"{m['n']} children", folded)  # "3 of them under 16": three children
    folded = _PUPILS_WITH_AGES.sub(lambda m: f"{m['n']} children", folded)  # "18 alunos (12 e 13 anos)"
    if _PUPILS_AGED_LATER.search(folded):
        folded = _PUPILS_COUNTED.sub(lambda m: f"{m['n']} children", folded)  # "18 students ... are all 17"
    # "about ten people": no count ("about a room" is no count either)
    folded = _ROUGH_BEFORE.sub(lambda m: m[0] if m["n"] in _ARTICLES else f"{m['pre']}~", folded)
    if _ROUGH_AFTER_CHEAP.search(folded):
        folded = _ROUGH_AFTER.sub(lambda m: m[0] if m["n"] in _ARTICLES else f"~{m['post']}", folded)
    rough = "~" in folded and bool(_ROUGH_PARTY.search(folded))  # (its every match starts at a "~")
    folded = _TYPO_NUMBER.sub(lambda m: _TYPO_NUMBERS[m["typo"]], folded)  # "somos dso adultos"
    folded = _FILLER.sub("", folded)  # "allora siamo ehm in cinque"
    folded = _FOR_ONCE.sub(" ", folded)  # "treat ourselves for once": Spanish "once" (11) is no count there
    folded = _HAVE_A_ROOM_BOOKED.sub(
        r"\g<have> a booking", folded
    )  # "we've got a room booked": the booking's room
    # (or someone joins the party it was made for: "Finalement ma mère vient aussi", "Si aggiunge nostro nipote")
    if _MOVES_THE_BOOKING.search(folded) or _EXTRA_BED.search(folded) or re.search(rf"\b{_JOIN}", folded):
        folded = _BOOKED_A_ROOM.sub(
            lambda m: (
                f"{m['haben']}{m['between']} eine buchung gebucht" if m["haben"] else f"{m['verb']} a booking"
            ),
            folded,
        )
    folded = _KIND_ENGLISH.sub(" ", folded)  # "if you would be so kind": no German "Kind"
    # "mi marido y yo en la doble y mi madre en la individual"
    folded = _IN_THE_ROOM_OF_THE_LIST.sub("", folded)
    folded = _QUEBEC_LITTLE.sub(r"\1gamin\2", folded)  # "on est 2 pis le p'tit": the kid
    folded = _VENETIAN_TWO.sub("due", folded)  # "par do persone"
    if _ADULTS.search(folded):
        folded = _ANOTHER_FOR_COUPLE.sub(lambda m: f"{m['head']}2 adults", folded)
    folded = re.sub(r"\b(\d{1,2})(?=[a-z]{2,})", r"\1 ", folded)  # "2adultos", "4pax", "2hab"
    # "2 ad, 0 ch", "2A+1C": the adults and children of booking sites' short forms
    folded = _AD_CH.sub(lambda m: f"{m['a'] or m['a2']} adults, {m['c'] or m['c2']} children", folded)
    if ":" in folded:
        folded = _FORM_FIELD.sub(_form_count, folded)  # "Huéspedes: 2", "Adultos: 2", "Kinder: 0"
        # "Zimmer: Doppelzimmer", "Room type: double" ("zwei Zimmer: eins für ...": a count and its breakdown)
        folded = _ROOM_FIELD.sub(
            lambda m: m[0] if re.search(rf"\b(?:{NUMBER})\s+$", m.string[: m.start()]) else "1 ", folded
        )
    if _FIELD_NO_COLON_CHEAP.search(folded):
        folded = _FIELD_NO_COLON.sub(lambda m: f"{m['n']} {m['label']}", folded)
    folded = _UN_APOSTROPHE.sub("un' ", folded)
    if _INSTEAD_WORD.search(folded):
        folded = _INSTEAD_OF_NOUN.sub(lambda m: m["n"], folded)
    if (unit := _AGE_UNIT.search(folded)) and _CHILD_WORD.search(folded, unit.end()):
        head = folded[: unit.end()]
        folded = head + _BARE_AGE.sub(lambda m: f"{m['head']} {unit['unit']}", folded[unit.end() :])
    if "(" in folded:
        folded = _ADULTS_BRACKETED.sub(lambda m: f"{m['n']} {m['adult']}", folded)
    folded = _NOT_BUT.sub(lambda m: f"we are {m['n']}", folded)
    if _INSTEAD_WORD.search(folded):
        folded = _INSTEAD_OF_FIRST.sub(
            lambda m: f"{m['n']} {m['noun']}", folded
        )  # "en vez de dos adultos ... tres"
        folded = _PARTY_INSTEAD.sub(" ", folded)
    if "zimmer" in folded:
        folded = _CUT_COMPOUND.sub(r"\1zimmer ", folded)
    folded = re.sub(
        r"\b(?:beiden|beide|both)\s+(?=(?:kinder|kindern|kids|children|sohne|sohnen|tochter|tochtern|enkeln|enkelkindern|jungs|buben|madchen)\b)",
        "2 ",
        folded,
    )
    # "die beiden Doppelzimmer wie angeboten", "both rooms", "ambas habitaciones", "entrambe le camere": two rooms
    folded = re.sub(
        rf"\b(?:beiden|beide|both|ambas|ambos|entrambe|entrambi)\s+(?:(?:the|las|los|as|os|le|i)\s+)?(?={_ROOM}\b)",
        "2 ",
        folded,
    )
    folded = re.sub(r"\b(\d{1,2}) ?x (?=[a-z])", r"\1 ", folded)  # "2 x Doppelzimmer", "2x doble"
    if "+" in folded:
        folded = _ROOM_PLUS_ROOM.sub(
            lambda m: " + ".join(f"1 {kind.strip()}" for kind in m[0].split("+")), folded
        )  # "DZ + EZ": one of each
    if "kopfig" in folded:
        folded = _HEADED.sub(lambda m: f"familie von {m['n']} ", folded)
    # Austrian "zwoa Kinda": children after a count
    folded = re.sub(r"\b((?:zwoa|zwa|zwei|zwee|drei|dra|vier|1|2|3|4|5)\s+)kinda\b", r"\1kinder", folded)
    # both forms of a German noun are one group ("sieben Kolleginnen und Kollegen", "Mitarbeiterinnen und Mitarbeiter";
    # pupils' keep theirs: "24 Schülerinnen und Schülern")
    folded = re.sub(r"\b(?!schuler)([a-z]{4,})innen (?:und|u\.|&) \1(en|n|e|)\b", r"\1\2", folded)
    if m := _CHILD_AND_PARTNER.search(folded):
        # ("me and my son and his girlfriend": and the writer)
        self_too = re.search(rf"\b{_SELF}\s*{_AND}\s*$", folded[: m.start()])
        start = self_too.start() if self_too else m.start()
        folded = f"{folded[:start]} {3 if self_too else 2} adults {folded[m.end() :]}"
    folded = _LEADER_PLUS_N.sub(lambda m: f"{(to_int(m['n']) or 0) + 1} people", folded)
    folded = _ADULTS_AND_A_YOUNG_ONE.sub(lambda m: f"{m['head']}1 children", folded)
    if len(_ADULTS.findall(folded)) >= 2:
        folded = _PARTY_GIVEN_UP.sub(
            lambda m: (
                m[0]
                if m["word"] in ("from", "de", "von", "da", "des") and not _TO_PARTY.match(m.string, m.end())
                else " "
            ),
            folded,
        )
    folded = _BIG_AND_SMALL.sub(lambda m: f"{m['a']} adults y {m['c']} children", folded)
    if "+" in folded and not _ADULTS.search(folded):  # "2+2, two adults two kids" says it twice
        plus = _PLUS_ASKED if re.search(rf"\b{_ROOM}\b", folded) else _PLUS
        folded = plus.sub(_plus_written_out, folded)
    result = Party()
    among = None  # everyone counted when no child was yet: children read later are among them
    adults = _sum(_ADULTS, folded)
    if (
        adults
        and (m := _CHILD_AMONG_ADULTS.search(folded))
        and (among_adults := to_int(m["c"]) or 0) < adults
    ):
        adults -= among_adults
    if adults is None and (m := _COUPLES.search(folded)) and (to_int(m["n"]) or 0) >= 2:
        adults = 2 * (to_int(m["n"]) or 0)  # "somos 2 casais": four adults
    children = _sum(_CHILDREN, folded)
    if children is None and (m := _CHILDREN_BRACKETED.search(folded)):
        children = to_int(m["n"])
    # ("3 petits (5 ans, 3 ans et un bébé)": the children counted, then who they are, is no child more)
    counted_out = re.sub(r"§\s*\([^()]{0,60}\)", "§", _CHILDREN.sub(" § ", folded))
    if one_by_one := _one_children(counted_out, more=children is not None):
        children = (children or 0) + one_by_one
    people = _sum(_PEOPLE, folded)
    people_end = next((m.end() for m in _PEOPLE.finditer(folded)), None)
    if people is not None and _ROOMS_EACH_FOR.search(folded):
        # "une chambre pour 2 personnes et une autre pour 3": everyone in all the rooms
        counts = [x for x in _FOR_N.finditer(folded) if x["n"] not in _ARTICLES]
        if len(counts) >= 2 and (total := sum(to_int(x["n"]) or 0 for x in counts)) > people:
            people, people_end = total, None
    if (
        people is None
        and adults is None
        and _INSTEAD_WORD.search(folded)
        and (m := _INSTEAD_OF.search(folded))
    ):
        people, people_end = to_int(m["n"]), None
    if people is None and (m := _TOTAL_THEN_OF_THEM.search(folded)):
        people, people_end = to_int(m["n"]), None
    if people is None and adults is None and (m := _SELF_AND_N.search(folded)):
        people, people_end = 1 + (to_int(m["n"]) or 0), m.end()
        us = _GROUP_OF.search(folded, m.end())
        if us and us["n2"] and 0 < (to_int(us["n2"]) or 0) <= 30:
            people, people_end = to_int(us["n2"]), None  # "me and my 2 mates and our girlfriends, so 6 of us"
    if people is None and adults is None and (m := _N_IN_TOTAL.search(folded)):
        people, people_end = to_int(m["n"] or m["n2"]), None  # "un grupo de amigas, 6 en total"
    if people is None and adults is None and (m := _ZU.search(folded)):
        people, people_end = _ZU_VALUES[m.group(1)], None  # "zu viert, zwei davon Kinder"
    if people is None:
        m = (
            next((x for x in _WE_ARE.finditer(folded) if x["n"] not in _ARTICLES), None)
            or _GROUP_OF.search(folded)
            or _GOING_ALL.search(folded)
            or next((x for x in _US_N.finditer(folded) if x["n"] not in _ARTICLES), None)
            or next((x for x in _FOR_N.finditer(folded) if x["n"] not in _ARTICLES), None)
            or next((x for x in _N_AND_CHILD.finditer(folded) if x["n"] not in _ARTICLES), None)
            or _A_N.search(folded)
        )
        counts = [x for x in _FOR_N.finditer(folded) if x["n"] not in _ARTICLES]
        if m and m.re is _FOR_N and _ROOMS_EACH_FOR.search(folded) and len(counts) >= 2:
            # "une chambre pour 2 et une autre pour 3": everyone in all the rooms.
            people = sum(to_int(x["n"]) or 0 for x in counts)
            people_end = None
        elif m:
            people = to_int(m["n"] or m.groupdict().get("n2") or "")
            # "a family of four with two children": a family's count includes its children.
            # ("the two of us plus our baby": children after it come on top, as after "we are two")
            people_end = (
                None
                if m.re is _GROUP_OF and not m.groupdict().get("n2")
                else m.end("n")
                if m.re is _N_AND_CHILD
                else m.end()
            )
            if people is not None and not 0 < people <= 30:
                people = None
    if adults is None and people is not None:
        # "somos 2 y un bebé": children named after "and" come on top; "4 personas, 2 niños" are among them.
        # ("somos 3 con el bebé": the baby is one of the three)
        on_top = bool(
            (
                people_end is not None
                and re.match(
                    # ("dos personas mayores y una niña": an adjective of the count between)
                    r"\s*(?:(?:mayores|adultas|adultos|adultes|adulti|adults|erwachsene|elderly|older|seniors?|"
                    r"idosas|idosos|anziane|anziani|agees)\s+)?"
                    r"(?:(?:y|and|e|et|pis|und|mas|plus|piu|mais|sowie|with|con|com|avec|mit)\b|\+)"
                    # ("saremo in 3 e non in 2": the count given up, nobody on top)
                    r"(?!\s*(?:non|not|no|nao|pas|nicht)\b)",
                    folded[people_end:],
                )
                and not _CHILD_AMONG.match(folded, people_end)
                and not (people >= 3 and _OUR_CHILD_AMONG.match(folded, people_end))
            )
            or (_CHILD_COMES_TOO.search(folded) and not _COUNT_CHANGED.search(folded))
            or _CHILD_ADDED.search(folded) is not None
            or (people == 2 and _WE_GO_WITH_CHILD.search(folded) is not None)
        )
        adults = people - children if children and people > children and not on_top else people
        among = people if children is None and not on_top else None
    if adults is None and (m := _ZU.search(folded)):
        adults = _ZU_VALUES[m.group(1)]
    if children is None and _TWINS.search(folded) and not _TWIN_ROOMS.search(folded):
        children = 2
    if children is None and (m := _AGES_LISTED.search(folded)):
        # ("kids aged 4 and a half": an article is no age)
        ages = [
            x for x in re.split(r"\s*(?:,|&|\by\b|\band\b|\be\b|\bet\b|\bund\b|\bpis\b)\s*", m["ages"]) if x
        ]
        children = len([x for x in ages if x not in _ARTICLES]) if len(ages) > 1 else None
    if children is None and len(_AGED.findall(folded)) >= 2:
        children = len(_AGED.findall(folded))  # "a 6-year-old and a 3-year-old"
    if adults is None and _PARENTS_AND_SELF.search(folded):
        # "my parents and I" (3); "mi marido, yo, mis padres y nuestra hija": the partner named comes too (4)
        adults = 4 if _COUPLE.search(folded) or _SELF_AND_SPOUSE.search(folded) else 3
    if adults is None and (m := _ADULT_LIST.search(folded)):
        adults = 1 + len(re.findall(_COMPANION_IN_LIST, m[0]))
    if adults is None and (m := _WITH_LIST.search(folded) or _WE_WITH_LIST.search(folded)):
        adults = 1 + len(
            re.findall(_COMPANION_NAMED, m[0][m.start("with") - m.start() :] if m["with"] else m[0])
        )
    if adults is None and (m := _ADULT_LIST_SELF_LAST.search(folded)):
        adults = 1 + len(re.findall(_COMPANION_NAMED, m[0]))
    if adults is None and (m := _N_FRIENDS.search(folded)) and m["n"] not in _ARTICLES:
        before = folded[: m.start()].split()[-1:] or [""]
        and_self = bool(_AND_SELF.match(folded, m.end()))
        if before[0] not in _WITH_WORDS and (before[0] not in _MY_PLURAL or and_self):
            # "dos amigas y yo", "mis dos amigas y yo": the writer comes on top
            adults = (to_int(m["n"]) or 0) + and_self
    if (
        adults is None
        and children is None
        and (m := _OUR_N_STAFF.search(folded) or _n_staff(folded))
        and m["n"] not in _ARTICLES
    ):
        adults = to_int(m["n"])  # "our three delegates", "unsere drei Monteure", "12 collaborateurs"
    if adults is None and children is None and _FOR_ONE_OF_OURS.search(folded):
        adults = 1  # "a room for one of our lads"
    if adults is not None and _sum(_ADULTS, folded) == adults:
        adults += len(_PLUS_ADULT.findall(folded))  # "2 adults + 2 kids + grandma": one more adult
        # "zwei Erwachsene, zwei Kinder sowie Oma und Opa": two more
        adults += 2 * len(_PLUS_GRANDPARENTS.findall(folded))
    couple = bool(_COUPLE.search(folded) or _SELF_AND_SPOUSE.search(folded))
    if adults is None and (couple or _PARENTS.search(folded)):
        adults = 4 if couple and _OUR_PARENTS.search(folded) else 2
    if (m := _WE_ARE_GIRLS.search(folded)) and children == (n_girls := to_int(m["n"])) and people == n_girls:
        adults, children = n_girls, None  # "on est 8 filles pour un EVJF": eight grown-ups
    if (
        adults is None
        and children is None
        and (_NAMED_AND_THEIRS.search(folded) or _TAKE_PARTNER.search(folded))
    ):
        adults = 2  # "a twin room for Mr. Tanaka and his colleague", "take my girlfriend away"
    if adults is None and _SELF_PLUS_ONE.search(folded):
        adults = 2  # "me plus one", "ich mit meiner Freundin"
    if adults is None and children is None and _FOR_US.search(folded) and _PARTNER.search(folded):
        adults = 2  # "surprise my girlfriend ... a room for us"
    if adults is None and (m := _SELF_WITH_CHILDREN.search(folded) or _SELF_PLUS_CHILD.search(folded)):
        # "viajo con mis hijos y mi esposa", "me with my son and my mother": adults named after the children come too
        after = _COMPANIONS_AFTER.match(folded, m.end())
        adults = 1 + (len(re.findall(_COMPANION_NAMED, after[0])) if after else 0)
        if children is None:
            adults += _grown_children(folded)  # "eu e o meu filho de 19 anos": two adults
    if adults is None and _CHILDREN_THEN_SELF.search(folded):
        adults = 1  # "mis dos hijos de 8 y 12 y yo"
    if (
        adults is None
        and (m := _SELF_AND_NAMED.search(folded) or _NAMED_AND_SELF.search(folded))
        and not re.fullmatch(NUMBER, m["name"])
        and not _COMPANION_WORD.fullmatch(m["name"])
        and not _N_FRIENDS_WORD.fullmatch(m["name"])
        and not _NOT_A_NAME.fullmatch(m["name"])
    ):
        adults = 2  # "eu e a Carol queríamos um quarto"
    if adults is None and (
        _ONE_PARENT.search(folded)
        or (children and (_ONE_WITH_HER_CHILDREN.search(folded) or _SINGLE_PARENT_SAID.search(folded)))
    ):
        adults = 1  # "a mum and her 2 boys", "per la zia della sposa con i suoi due figli"
    if children is None and _OUR_CHILD.search(folded):
        children = 1
    if among is not None and adults == among and children and among > children:
        adults = among - children  # "Family of 3 here (me, hubby and our 6yo)": two adults
    rooms = 0 if _OR_ROOMS.search(folded) else _rooms(folded)  # (0: no count settled, not one room)
    # "can you add a room?": one more, not one in all; "um T1 ou um quarto duplo": either, no count settled
    no_one_room = bool(_ADD_A_ROOM.search(folded) or _ROOM_ALTERNATIVES.search(folded))
    if rooms == 1 and no_one_room:
        rooms = None
    if rooms and (m := _ADD_N_ROOMS.search(folded)) and to_int(m["n"] or m["n2"]) == rooms:
        rooms = None  # "merci de nous ajouter deux chambres doubles": two more
    if (
        rooms is None
        and (
            any(not _room_if_free(folded, m) for m in _ONE_ROOM.finditer(folded))
            or _ALL_FAMILY_SINGLE.search(folded)
            or _SAME_ROOM.search(folded)
            or (
                _SAME_ROOM_INSTEAD.search(folded)
                and _CANCELLED.search(folded)
                and _IN_ITS_PLACE.search(folded)
            )
            or _SWAP_OUR_ROOM.search(folded)
        )
        and not no_one_room
    ):
        rooms = 1
    if rooms == 1:
        rooms += len(_ANOTHER_ROOM.findall(folded))  # "una camera per noi e una per i ragazzi"
    if now := [
        m
        for m in _ROOMS_NOW.finditer(folded)
        if (m["n"] or m["n2"] or m["n5"] or m["one"] or not rooms or rooms <= 2)
        # ("Reservamos três quartos ... só vamos precisar de dois": fewer than the rooms said before)
        and (not m["n2"] or (rooms and (to_int(m["n2"]) or 0) < rooms))
    ]:
        # the rooms a booking now needs, said after those it had: the count said last
        last = now[-1]
        rooms = (
            to_int(last["n"] or last["n2"] or last["n5"])
            if last["n"] or last["n2"] or last["n5"]
            else 1
            if last["one"]
            else 2
            if last["second"] or last["second2"] or last["second3"] or last["second4"]
            else 3
        )
        no_one_room = False
    if rooms and (m := _ROOMS_NOT_BUT.search(folded)) and m["n"] not in _ARTICLES:
        rooms = to_int(m["n"])  # "non più 2 camere ma 3"
    elif (
        rooms
        and (m := _ROOMS_NEEDED_NOW.search(folded))
        and (booked := _BOOKING_WORD.search(folded, 0, m.start()))
        and _ROOMS.search(folded, booked.start(), m.start())
    ):
        rooms = to_int(m["n"])  # "une réservation pour trois chambres ... besoin juste de deux chambres"
    if (m := _ROOMS_IN_ALL.search(folded)) and (n := to_int(m["n"] or m["n2"])):
        rooms, no_one_room = n, False  # "zusätzlich ein Einzelzimmer, insgesamt drei Zimmer"
    if rooms_in_all:
        rooms, no_one_room = rooms_in_all, False
    # "una matrimoniale e una singola" is two rooms, not a guest alone.
    if (
        adults is None
        and (m := _ALONE.search(folded))
        and not (rooms and rooms > 1 and _SINGLE_ROOM.match(m[0]))
        # ("sie bräuchte ein zusätzliches Einzelzimmer": one room on top of a booking's, no party)
        and not _ADD_A_ROOM.search(folded)
        # ("Dürfen Kinder allein in den Pool?": the child alone, no lone grown-up)
        and not _CHILD_BEFORE_ALONE.search(folded, max(0, m.start() - 40), m.start())
    ):
        adults = 1
    if adults is None and (_ROOM_FOR_ME.search(folded) or _ROOM_THEN_FOR_ME.search(folded)):
        adults = 1
    if adults is None and children is None and _THIRD_WITH_PARTNER.search(folded):
        adults = 2  # "she'll go with her husband"
    if adults is None and _THIRD_AND_COMPANION.search(folded):
        adults = 2  # "una doppia per lei e mia zia"
    if (adults or 0) < 3 and not children and _WITH_THIRD_AND_COMPANION.search(folded):
        adults = 3  # "Ich möchte mit ihr und ihrer Pflegerin kommen": the writer too
    elif adults is None and _FOR_ONE_AND_THEIR_COMPANION.search(folded):
        adults = 2  # "a reservation for my mother, Mrs Eileen Ward, and her carer"
    if children is None and _NO_CHILDREN.search(folded):
        children = 0
    if (
        children is None
        and adults is not None
        and re.search(
            r"\b(?:sin|no|without|sem|sans|ohne|senza)\s+(?:ninos|kids|children|criancas|enfants|kinder|bambini)\b",
            folded,
        )
    ):
        children = 0
    if (
        (adults is None or (adults < (rooms or 0) and not children))
        and rooms
        and (m := _SINGLE_ROOMS.search(folded))
        and to_int(m["n"]) == rooms
    ):
        # "3 habitaciones individuales", "4 camere singole": one guest each ("drei Einzelzimmern für meine Kollegen
        # und mich": three, however few the people named)
        adults = rooms
    if adults is None and rooms and (m := _SINGLE_USE_ROOMS.search(folded)) and to_int(m["n"]) == rooms:
        adults = rooms  # "6 camere doppie uso singola": one guest each
    if _COMPANION_WORD.search(folded):
        listed, with_n = _listed_adults(folded)
        # ("mi mujer, mis suegros y yo, y nuestros dos hijos ... una familiar para nosotros cuatro": the list names
        # more than a count said of one room holds; four adults)
        if listed > (adults or 0) and (people is None or with_n or listed + (children or 0) > people):
            adults = listed  # "Mein Mann, ich, unsere zwei Jungs und die Oma": three adults
    if children and (grown := min(_grown_children(folded) + _parents_of_grandchildren(folded), children)):
        # "mi mujer, yo y nuestro hijo de 19 años": the son counted as a child is a third adult
        # ("twin room for my son (19) and me": and the writer)
        writer = adults is None and bool(_WRITER_LISTED.search(folded))
        children -= grown
        adults = (adults or 0) + grown + writer
        if not children and not _NO_CHILDREN.search(folded):
            children = None
    if (m := _ROOM_FOR_PARENTS.search(folded)) and (base := _party_besides(folded, m)) is not None:
        adults = base + 2  # "une chambre pour nous deux et une autre pour les grands-parents": four
    elif (
        (m := _ROOM_FOR_COMPANIONS.search(folded))
        and (m["n"] or m["names"])
        and (base := _party_besides(folded, m)) is not None
    ):
        # "ein Einzelzimmer für mich und ein Doppelzimmer für meine Kollegen Jan und Tom": three
        adults = base + ((to_int(m["n"]) or 0) if m["n"] else 2)
    if (m := _ROOM_FOR_ONE_WITH_CHILDREN.search(folded)) and (base := _party_besides(folded, m)) is not None:
        adults = max(
            adults or 0, base + 1
        )  # "... y una triple para mi hermana con sus dos hijos": the sister
    if (
        (m := _ON_BEHALF.search(folded))
        and not _ADULTS.search(folded)
        and not _PEOPLE.search(folded)
        and (behalf := _adults_listed_at(folded, m.end()))
    ):
        adults = behalf  # "on behalf of my elderly parents": the two of them
        # ("de parte de mi madre que quiere ir este fin de semana con mi tía": and who goes with them)
        clause = re.match(r"[^.!?;\n]{0,80}", folded[m.end() :])
        adults += len(_WITH_COMPANION.findall(clause[0] if clause else ""))
    if adults is None and children is None and (rooms or 1) == 1 and _ROOM_OF_THE_PARENTS.search(folded):
        adults = 2  # "ai nostri genitori una camera matrimoniale": the parents
    if (rooms or 1) == 1 and _ROOM_FOR_THE_TWO_OF_THEM.search(folded):
        adults = 2  # "mon frère et moi ... leur offrir une chambre double pour eux deux": the parents alone
    if adults is None and children is None and rooms == 1 and _THE_TWO_OF_THEM.search(folded):
        adults = 2  # "Can you put the two of them up ...? They'd need a double."
    if (
        adults
        and children
        and _sum(_ADULTS, folded) == adults
        and _RELATIVE_JOINS.search(folded)
        and not _MAKES.search(folded)
    ):
        adults += 1  # "we're two adults ..., but my sister and her two kids want to join us": three
    if (
        (listed_rooms := _rooms_listed(folded))
        and listed_rooms[0] > (adults or 0)
        # ("una doble para los abuelos y una familiar para nosotros cuatro", the two children said before among the
        # four)
        and not (listed_rooms[3] and children and listed_rooms[1] < children)
    ):
        # rooms listed one by one with their people: everyone in them
        adults = listed_rooms[0]
        children = listed_rooms[1] or (0 if children == 0 else None)
        rooms = max(rooms or 0, listed_rooms[2])
    # (the party counted as people or as "we are" too: "para duas pessoas. Afinal a minha irmã também vem, somos três")
    found = sorted(
        itertools.chain(_ADULTS.finditer(folded), _PEOPLE.finditer(folded), _WE_ARE.finditer(folded)),
        key=lambda m: m.start(),
    )
    if len(found) >= 2 and _NOW_INSTEAD.search(folded):
        # "booked for 2 adults and 1 child? We actually need it for 2 adults and 2 children now": the last one said
        start = max(folded.rfind(c, 0, found[-1].start()) for c in ".?!;\n") + 1
        if start <= found[0].end() and (but := _BUT_NOW.search(folded, found[0].end(), found[-1].start())):
            # ("we put 2 adults 1 child but it's actually 2 adults and 2 kids": the clause after "but" in one sentence)
            start = but.start()
        if (
            start > found[0].end()
            and _NOW_INSTEAD.search(folded, start)
            and (again := party(folded[start:])).adults
        ):
            adults, children = again.adults, again.children
    if rough and not _ADULTS.search(folded):
        # "so etwa 25 Personen mit Kindern und Großeltern", "so 8 oder 9 Leute": the party's count is rough, so no
        # count, whoever else is named (docs/INTERFACES.md)
        adults = None
    result.adults = adults
    result.children = children
    result.rooms = rooms if rooms else None
    result.one_room_named = rooms is None and not no_one_room and one_room_named(folded)
    return result


def says_adults(folded: str) -> bool:
    """Whether a folded message names adults as such ("3 adultos", "two grown-ups"), not a whole party
    ("the four of us", "somos cuatro")."""
    return _ADULT_WORD.search(folded) is not None
