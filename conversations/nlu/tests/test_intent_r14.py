"""What the r14 writers' guests said that the intent rules missed (round 14): someone at the hotel asked for by name,
by a department or as "someone I could talk to" with a matter beside it, another guest asked after by a title, a
friend or a spouse, a greeting with a first name and a place, gratitude and praise for the stay or the staff, a job
asked for and a free night asked as a deal. New sentences in six languages, none copied from the first set
(docs/INTERFACES.md "Understanding conventions")."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.nlu import understand

TODAY = dt.date(2027, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "¿Podría hablar con la Sra. Ruiz de recepción? Es por la factura de la empresa",
        "Could I speak to Mr. Hale from reception? It's about the invoice for my company",
        "Preciso de falar com alguém da receção, é por causa da fatura do hotel",
        "Est-ce que je peux parler à quelqu'un de l'accueil svp c'est pour une facture",
        "Könnte ich bitte mit Frau Berger von der Rezeption sprechen? Es geht um die Rechnung",
        "Posso parlare con il sig. Bruni della reception? È per la fattura della ditta",
    ],
)
def test_someone_named_or_at_reception_asked_for_about_a_matter_is_a_handoff(text: str) -> None:
    assert understand(text, today=TODAY).intent == "handoff_request"


@pytest.mark.parametrize(
    "text",
    [
        "¿Me pasa con contabilidad? Es por una factura",
        "Put me through to accounts please, it's about an invoice",
        "Pode passar-me à contabilidade? É por causa de uma fatura",
        "Passez-moi la comptabilité svp, c'est pour une facture",
        "Verbinden Sie mich bitte mit Ihrer Buchhaltung, es geht um eine Rechnung",
        "Mi passa l'amministrazione? È per una fattura",
    ],
)
def test_put_through_to_a_department_is_a_handoff(text: str) -> None:
    assert understand(text, today=TODAY).intent == "handoff_request"


@pytest.mark.parametrize(
    "text",
    [
        "¿Hay alguien con quien pueda hablar por teléfono? Es por una boda, unas 20 habitaciones",
        "Is there someone I could talk to on the phone? It's about a wedding, maybe 20 rooms",
        "Há alguém com quem possa falar por telefone? É sobre um casamento, uns 20 quartos",
        "Y a-t-il quelqu'un à qui je peux parler au téléphone ? C'est pour un mariage, une vingtaine de chambres",
        "Gibt es jemanden, mit dem ich telefonisch sprechen kann? Es geht um eine Hochzeit, etwa 20 Zimmer",
        "C'è qualcuno con cui posso parlare al telefono? È per un matrimonio, circa 20 camere",
    ],
)
def test_someone_to_talk_to_about_a_group_is_a_handoff_with_no_rooms(text: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.rooms) == ("handoff_request", None)


@pytest.mark.parametrize(
    "text",
    [
        "¿El Sr. Ruiz ya está en la habitación 14? He quedado con él en el bar",
        "Is Mrs. Walsh in room 21 yet? I'm supposed to meet her downstairs.",
        "O Dr. Teixeira já chegou? Tenho de lhe deixar uma encomenda",
        "Le docteur Morel est-il déjà arrivé ? Je dois lui laisser un paquet",
        "Ist Herr Doktor Brandt schon angekommen? Ich soll ihm ein Paket bringen",
        "La dottoressa Galli è già arrivata? Devo consegnarle dei documenti",
    ],
)
def test_another_guest_asked_after_by_a_title_is_other(text: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.guest_name) == ("other", None)


@pytest.mark.parametrize(
    "text",
    [
        "Mi amigo Luis Prado está alojado con ustedes, ¿en qué habitación está?",
        "My friend Tom Reid is staying with you, which room is he in?",
        "Meu amigo Paulo Reis fica aí no hotel, qual é o quarto dele?",
        "Mon pote Julien Morel loge chez vous, dans quelle chambre il est ?",
        "Mein Freund Jonas Weber wohnt gerade bei euch, welche Zimmernummer hat er?",
        "Il mio amico Luca Neri alloggia da voi, in che camera sta?",
    ],
)
def test_a_friend_said_to_stay_and_their_room_asked_is_other(text: str) -> None:
    assert understand(text, today=TODAY).intent == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Soy la secretaria del Sr. Gil, ¿me dice si ya ha llegado y en qué habitación está?",
        "I'm Mrs. Okoro's assistant, can you tell me whether she's checked in and her room number?",
        "Sou a mulher do Rui Pinto, pode dizer-me em que quarto está?",
        "Je suis la femme de Marc Roux, pouvez-vous me dire s'il est arrivé et dans quelle chambre il est ?",
        "Ich bin die Frau von Peter Lang, können Sie mir sagen, ob er schon angekommen ist?",
        "Sono la moglie di Paolo Greco, mi dite se è già arrivato e in che camera sta?",
    ],
)
def test_a_spouse_or_an_assistant_asking_after_a_guest_is_other(text: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.guest_name) == ("other", None)


@pytest.mark.parametrize(
    "text",
    [
        "Hola buenas, soy Lucía de Sevilla 👋",
        "Hey hi, Sam here 👋",
        "Alô, bom dia, fala a Joana",
        "Allô bonsoir, c'est Manon",
        "Hallo, hier ist die Anke aus Köln",
        "Ehi ciao, sono la Giulia di Bari 👋",
    ],
)
def test_a_greeting_with_a_first_name_is_a_greeting(text: str) -> None:
    assert understand(text, today=TODAY).intent == "greeting"


@pytest.mark.parametrize(
    "text",
    [
        "Con gratitud por la acogida,\nDr. Ramón Ibáñez",
        "With gratitude for your hospitality,\nDr. Alan Price",
        "Com toda a gratidão pela hospedagem,\nAna Sousa",
        "Avec toute notre gratitude pour votre accueil,\nMme Hélène Duval",
        "Mit großer Dankbarkeit für den Aufenthalt,\nDr. Klaus Brenner",
        "Con gratitudine per l'accoglienza,\nMarco Fumagalli",
    ],
)
def test_gratitude_for_the_stay_is_a_goodbye(text: str) -> None:
    assert understand(text, today=TODAY).intent == "thanks_goodbye"


@pytest.mark.parametrize(
    "text",
    [
        "Felicitaciones al chef por la cena, estuvo buenísima",
        "Props to the breakfast team, the pancakes were amazing!",
        "Parabéns à equipa do pequeno-almoço, tudo estava ótimo",
        "Un grand bravo à l'équipe de la réception, vous êtes au top",
        "Ein großes Lob an Herrn Yildiz vom Service - das Abendessen war ein Traum!",
        "Complimenti allo chef, la cena era ottima",
    ],
)
def test_praise_passed_on_to_the_staff_is_a_goodbye(text: str) -> None:
    assert understand(text, today=TODAY).intent == "thanks_goodbye"


@pytest.mark.parametrize(
    "text",
    [
        "Quería deciros que la semana con vosotros fue maravillosa.\nUn saludo, Marta",
        "Just wanted to say our weekend with you was wonderful.\nBest, Tom",
        "Queria dizer que a semana convosco foi maravilhosa.\nBeijinhos, Rita",
        "Je voulais vous dire que notre séjour chez vous a été parfait.\nCordialement, Luc",
        "Ich wollte Ihnen sagen, dass unser Urlaub bei Ihnen wunderbar war.\nViele Grüße, Jana",
        "Volevo dirvi che il weekend da voi è stato bellissimo.\nUn saluto, Paola",
    ],
)
def test_the_stay_praised_is_a_goodbye(text: str) -> None:
    assert understand(text, today=TODAY).intent == "thanks_goodbye"


@pytest.mark.parametrize(
    "text",
    [
        "Muchas gracias por la tarta que le preparasteis a mi marido. ¡Fue un detalle precioso!",
        "Thank you for the flowers you left in our room, it was a lovely surprise!",
        "Muito obrigada pelo bolo que prepararam para o meu marido. Foi um gesto lindo!",
        "Merci pour le gâteau que vous avez préparé pour mon mari, c'était un geste magnifique !",
        "Danke für die Torte, die Sie für meinen Mann gebacken haben. Das war wunderbar!",
        "Grazie per la torta che avete preparato per mio marito, è stato un gesto bellissimo!",
    ],
)
def test_thanks_for_something_done_and_praised_is_a_goodbye(text: str) -> None:
    assert understand(text, today=TODAY).intent == "thanks_goodbye"


@pytest.mark.parametrize(
    "text",
    [
        "Our stay was wonderful, could we book the same room again for 3 to 5 May?",
        "Gracias por todo, el desayuno fue genial pero la habitación estaba sucia",
    ],
)
def test_praise_with_a_request_or_a_but_is_no_goodbye(text: str) -> None:
    assert understand(text, today=TODAY).intent != "thanks_goodbye"


@pytest.mark.parametrize(
    "text",
    [
        "Hola, ¿buscáis camareros para el verano? Tengo experiencia",
        "Hi, are you looking for waiters this summer? I'd be interested",
        "Olá, vocês precisam de ajudantes para o verão? Tenho experiência",
        "Bonjour, cherchez-vous des serveurs pour l'été ? Je suis motivée",
        "Hallo, sucht ihr noch Aushilfen für die Küche im Winter? Ich hätte Zeit",
        "Ciao, cercate camerieri per l'estate? Sarei interessata",
    ],
)
def test_asking_for_a_job_is_out_of_scope(text: str) -> None:
    assert understand(text, today=TODAY).intent == "other"


@pytest.mark.parametrize(
    "text",
    [
        "¡Hola! Soy influencer de viajes, ¿me dais dos noches gratis a cambio de unos reels en octubre?",
        "Hi! I'm a travel influencer (80k followers), could you offer us a free night in exchange for a reel?",
        "Olá! Sou influenciadora com 50 mil seguidores, posso ficar duas noites grátis em troca de posts?",
        "Coucou, je suis créatrice de contenu, une nuit offerte en échange de 3 stories, ça vous dit en mai ?",
        "Hallo! Ich bin Influencerin und hätte gern eine kostenlose Nacht im Juni gegen einen Beitrag auf Instagram",
        "Ciao! Sono un'influencer, mi offrite una notte gratis in cambio di 3 stories a settembre?",
    ],
)
def test_a_free_night_offered_for_posts_is_out_of_scope_with_no_stay(text: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.check_in, understood.rooms) == ("other", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Quiero una habitación gratis por el ruido, si no pongo una reseña de una estrella",
        "I want a free room for the noise last week, or I'll leave a one-star review",
        "Quero um quarto grátis pelo incómodo, senão deixo uma avaliação de uma estrela",
        "Je veux une chambre gratuite pour le bruit, sinon je mets un avis une étoile",
        "Ich will ein kostenloses Zimmer wegen des Lärms, sonst gibt es eine 1-Stern-Bewertung",
        "Voglio una camera gratis per il disagio, altrimenti lascio una recensione a una stella",
    ],
)
def test_a_free_room_demanded_with_a_threat_is_other_with_no_room(text: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.rooms) == ("other", None)


@pytest.mark.parametrize(
    "text",
    [
        "No tengo el número de reserva, ¿me la podéis buscar a nombre de Ruiz?",
        "I don't have the booking number, can you find it under Smith?",
        "Não tenho o número da reserva, conseguem procurar pelo nome Costa?",
        "Je n'ai pas le numéro de réservation, vous pouvez la retrouver au nom de Martin ?",
        "Die Buchungsnummer habe ich leider nicht, können Sie unter dem Namen Weber nachsehen?",
        "Non ho il numero di prenotazione, potete cercarla a nome Rossi?",
    ],
)
def test_a_booking_looked_up_without_its_number_is_a_status_check(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_status"


@pytest.mark.parametrize(
    "text",
    [
        "I don't have the booking number, sorry",
        "no tengo el número de reserva",
        "die Buchungsnummer habe ich nicht",
    ],
)
def test_the_number_missing_alone_is_still_a_no(text: str) -> None:
    assert understand(text, today=TODAY).intent == "deny"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hola, somos 3 people, llegamos el Friday y nos vamos el Sunday, any rooms?", "es"),
        ("Oi, somos 3 people, chegamos na Friday e saímos no Sunday, any rooms?", "pt"),
        ("Salut, c possible un early check-in genre 11h? thx", "fr"),
        ("Hi, wir sind 3 people, kommen am Friday an und am Sunday aus, any rooms?", "de"),
        ("Ciao, siamo in 3 people, arriviamo il Friday e partiamo la Sunday, any rooms?", "it"),
        ("Hi, I'm staying at La Casa de Papel next week, is that near you?", "en"),
    ],
)
def test_a_message_mixed_with_english_keeps_the_language_of_its_grammar_words(text: str, lang: str) -> None:
    assert understand(text, today=TODAY).lang == lang


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("¿Tenéis piscina y cuánto se tarda a pie a la estación?", "amenities"),
        ("How far is the hotel from the station, and do you have a pool?", "location_directions"),
        ("Vocês têm piscina e quanto tempo leva a pé até a estação?", "amenities"),
        ("Avez-vous un sauna et combien de temps à pied jusqu'à la gare ?", "amenities"),
        ("Habt ihr einen Pool und wie weit ist es zum Bahnhof?", "amenities"),
        ("Quanto dista l'aeroporto e fate il servizio navetta?", "location_directions"),
    ],
)
def test_two_questions_joined_by_and_take_the_first_ones_topic(text: str, topic: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.faq_topic) == ("faq", topic)


@pytest.mark.parametrize(
    "text",
    [
        "En el extracto veo 320 € por dos noches, pero el precio acordado era 260 €. Reserva 55812. ¿Cómo es posible?",
        "My card statement shows €320 for two nights, but the agreed price was €260. Booking 55812. How is that possible?",
        "No extrato vejo 320 € por duas noites, mas o preço combinado era 260 €. Reserva 55812. Como é possível?",
        "Sur mon relevé je vois 320 € pour deux nuits, mais le prix convenu était de 260 €. Réservation 55812. "
        "Comment est-ce possible ?",
        "Auf meiner Abrechnung sehe ich 320 € für zwei Nächte, aber der vereinbarte Preis war 260 €. Buchung 55812. "
        "Wie kann das sein?",
        "Sulla carta vedo addebitati 410 € per tre notti, ma il prezzo pattuito era 350 €. Prenotazione 77120. Come mai?",
    ],
)
def test_a_charge_against_the_agreed_price_asked_about_is_a_complaint(text: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.check_in) == ("complaint", None)


@pytest.mark.parametrize(
    "text",
    [
        "¿Tenéis un espacio para una reunión de trabajo de unas 20 personas? Sería media jornada",
        "Do you have a space for a business meeting of about 20 people? Half a day",
        "Vocês têm uma salinha para uma reunião de trabalho de umas 20 pessoas?",
        "Auriez-vous une petite salle pour une réunion d'une vingtaine de personnes ?",
        "Haben Sie einen Raum für eine Besprechung mit etwa 20 Personen? Für einen halben Tag",
        "Avete una saletta per una riunione di una quindicina di persone? Ci servirebbe di mattina",
    ],
)
def test_a_small_room_or_a_space_for_a_meeting_is_amenities(text: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.faq_topic, understood.adults) == ("faq", "amenities", None)


@pytest.mark.parametrize(
    "text",
    [
        "Nuestro perro Toby tiene 10 años y es muy tranquilo, casi nunca ladra. ¿Se admiten perros y cuánto cuesta?",
        "Our beagle Max is 9 and very calm, he hardly ever barks. Are dogs allowed, and what does it cost per night?",
        "O nosso cão Tobias tem 8 anos e é muito calmo, quase nunca ladra. Aceitam cães e quanto custa por noite?",
        "Notre chien Filou a 11 ans et il est très calme, il n'aboie presque jamais. Les chiens sont-ils acceptés ?",
        "Unsere Hündin Lotte ist 7 Jahre alt und ganz lieb, sie bellt fast nie. Sind Hunde bei Ihnen erlaubt?",
        "Il nostro cane Briciola ha 10 anni ed è tranquillissimo, non abbaia quasi mai. Accettate cani?",
    ],
)
def test_a_pet_described_before_a_pets_question_is_that_question(text: str) -> None:
    understood = understand(text, today=TODAY)
    assert (understood.intent, understood.faq_topic) == ("faq", "pets")


@pytest.mark.parametrize(
    "text",
    [
        "Buenos días, soy la asistente del Sr. Gil. Necesitará una habitación individual del 25 al 28 de mayo. "
        "Por favor envíen la confirmación a gil@empresa.es",
        "Hello, I'm Mr. Grant's assistant. He will need a single room from 25 to 28 May. "
        "Please send the confirmation to grant@firm.co.uk",
        "Bom dia, sou assistente do Eng. Rui Matos. Ele precisará de um quarto single de 25 a 28 de maio. "
        "Favor enviar a confirmação para rui.matos@empresa.pt",
        "Bonjour, je suis l'assistante de M. Roy. Il aura besoin d'une chambre simple du 25 au 28 mai. "
        "Merci d'envoyer la confirmation à roy@societe.fr",
        "Buongiorno, sono l'assistente del dott. Neri. Avrà bisogno di una singola dal 25 al 28 maggio. "
        "Inviate la conferma a neri@ditta.it",
    ],
)
def test_a_room_someone_will_need_with_its_confirmation_asked_is_a_booking(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"


@pytest.mark.parametrize(
    "text",
    [
        "Buenos días, necesito dos individuales del 18 al 21 de octubre para la feria. ¿Es posible aparcar en el hotel?",
        "Good morning, I need two single rooms from 18 to 21 October for the trade fair. Is parking possible at the hotel?",
        "Bom dia, preciso de dois quartos single de 18 a 21 de outubro para a feira. É possível estacionar no hotel?",
        "Bonjour, il me faut deux chambres simples du 18 au 21 octobre pour le salon. Le stationnement est-il possible ?",
        "Guten Morgen, benötige zwei Einzelzimmer vom 18. bis 21. Oktober für die Messe. Parken bei Ihnen möglich?",
        "Buongiorno, mi servono due singole dal 18 al 21 ottobre per la fiera. È possibile il parcheggio in hotel?",
    ],
)
def test_a_need_with_a_question_about_the_hotel_stays_a_booking(text: str) -> None:
    assert understand(text, today=TODAY).intent == "booking_create"
