"""Demo experiences from Ålesund, Molde and Kristiansund (Møre og Romsdal)."""

import datetime

from .blocks import Experience, fact_box, key_figures, quote, text

D = datetime.date

EXPERIENCES = [
    # Tests and the home page rely on this first one: keep its slug, title and text unchanged.
    Experience(
        "alesund",
        "fra-leie-til-eie-med-startlan",
        "Fra leie til eie med startlån",
        ["startlan-og-bostotte"],
        D(2014, 3, 12),
        "Ålesund kommune hjalp 40 husstander fra kommunal utleiebolig til egen bolig på tre år ved å "
        "kombinere startlån, tilskudd og tett oppfølging fra boligkontoret.",
        [
            text(
                "Mange leietakere i kommunale boliger betalte mer i husleie enn det et startlån ville kostet.",
                "Boligkontoret gikk gjennom alle leiekontrakter og inviterte leietakere med stabil inntekt "
                "til en samtale om å kjøpe.",
            )
        ],
        "Faste kontaktpersoner og en enkel økonomiplan for hver husstand.",
        "Vi ville involvert NAV tidligere, særlig for dem med bostøtte.",
        ("Kari Nordvik", "rådgiver, boligkontoret", ""),
        featured=True,
    ),
    Experience(
        "alesund",
        "boligsosial-handlingsplan-som-blir-brukt",
        "En boligsosial handlingsplan som faktisk blir brukt",
        ["planlegging-og-forankring"],
        D(2011, 6, 20),
        "Da Ålesund kom med i programmet i 2009, lå den boligsosiale handlingsplanen i en skuff. Vi skrev "
        "den om sammen med politikerne, knyttet hvert tiltak til økonomiplanen og rapporterer på den hvert år.",
        [
            text(
                "## Utgangspunktet",
                "Den forrige handlingsplanen ble vedtatt i 2006 og hadde 46 tiltak. Ingen av tiltakene hadde "
                "budsjett, og ingen hadde ansvar for å følge dem opp. Da vi gikk gjennom planen høsten 2009, "
                "var under en tredjedel gjennomført.",
                "Vi bestemte oss for å lage en kortere plan med færre tiltak, der hvert tiltak har en "
                "ansvarlig enhet, en kostnad og en plass i økonomiplanen.",
            ),
            quote(
                "Planen ble ikke bedre av at den ble tynnere, men den ble brukt.",
                "kommunalsjef for helse og velferd",
            ),
            text(
                "## Slik gjorde vi det",
                "En arbeidsgruppe med boligkontoret, NAV, helse og omsorg, flyktningtjenesten og "
                "eiendomsavdelingen møttes annenhver uke i et halvt år. Vi holdt to verksteder for "
                "hovedutvalget for helse og omsorg, der politikerne selv prioriterte mellom tiltakene.",
                "Planen fikk fire mål: Flere skal eie sin egen bolig. Ingen skal bo i midlertidig bolig i "
                "mer enn tre måneder. De kommunale boligene skal være gode og ha god gjennomstrømning. Alle "
                "som trenger det, skal få oppfølging i boligen.",
            ),
            key_figures(
                "Planen i tall",
                ("46 → 12", "tiltak i den gamle og den nye planen"),
                ("2", "politiske verksteder"),
                ("1", "rapport til bystyret hvert år, i samme sak som økonomiplanen"),
            ),
        ],
        [
            "Politikerne prioriterte tiltakene selv, og da fikk planen penger.",
            "Årlig rapportering i samme sak som økonomiplanen.",
        ],
        "Vi ville hatt med brukerrepresentanter fra starten. De kom først inn i 2011, og da måtte vi "
        "endre to av målene.",
        ("Terje Vik", "prosjektleder, boligsosialt arbeid", "terje.vik@example.org"),
    ),
    Experience(
        "alesund",
        "eitt-bustadkontor-for-heile-kommunen",
        "Eitt bustadkontor for heile kommunen",
        ["kommunale-utleieboliger", "samarbeid-med-nav"],
        D(2010, 10, 4),
        "Før 2010 kunne ein søkjar i Ålesund møte fem ulike kontor for å få bustad, startlån og bustøtte. "
        "No er alt samla i eitt bustadkontor med éin søknad og ei felles tildelingsnemnd.",
        [
            text(
                "Søknader om kommunal bustad låg hos eigedomsavdelinga, startlån hos økonomiavdelinga, "
                "bustøtte hos servicetorget, og NAV og helse- og omsorgstenestene hadde kvar sine "
                "ventelister. Den same familien kunne ha fire saker gåande samstundes utan at nokon såg "
                "heilskapen.",
                "Hausten 2010 flytta vi sakshandsamarane inn i felles lokale og laga eitt søknadsskjema "
                "for kommunal bustad, startlån, tilskot og bustøtte.",
            ),
            fact_box(
                "Slik er bustadkontoret organisert",
                [
                    "Fem sakshandsamarar og ein leiar, i same etasje som NAV",
                    "Felles tildelingsnemnd kvar veke med NAV, helse og omsorg og flyktningtenesta",
                    "Éin søknad for alle dei økonomiske verkemidla frå Husbanken",
                    "Kvar søkjar får ein fast kontaktperson",
                ],
            ),
            text(
                "Det første året gjekk sakshandsamingstida for kommunal bustad ned frå om lag ti veker til "
                "fire. Vi fekk òg færre klager, truleg fordi søkjarane fekk grunngjevinga frå éin stad.",
            ),
            quote("Eg slapp å fortelje historia mi fem gonger.", "søkjar, 2011"),
        ],
        "Felles lokale betydde meir enn felles datasystem. Sakshandsamarane lærte av kvarandre i lunsjen.",
        "Vi skulle ha avklart ansvaret for husleigerestansar med NAV før vi starta. Det tok eitt år før den "
        "rutinen var på plass.",
        ("Solveig Brandal", "leiar, bustadkontoret", "solveig.brandal@example.org"),
        language="nn",
    ),
    Experience(
        "alesund",
        "buoppfolging-i-heimen-for-unge-vaksne",
        "Buoppfølging i heimen for unge vaksne",
        ["oppfolging-i-hjemmet"],
        D(2015, 9, 15),
        "Eit lite team følgde opp 18 unge vaksne mellom 18 og 25 år i den første eigne bustaden deira. "
        "Etter to år budde 15 av dei framleis i bustaden, og ingen var kasta ut.",
        [
            text(
                "Mange av dei unge som fekk kommunal bustad hos oss, hadde budd på institusjon, i fosterheim "
                "eller hos vener. Dei mista bustaden på grunn av husleigerestansar, klager frå naboar eller "
                "fordi dei aldri fann seg til rette. Vi såg det same mønsteret gong på gong: dei "
                "første seks månadene avgjorde alt.",
            ),
            key_figures(
                "Etter to år",
                ("18", "unge vaksne fekk oppfølging"),
                ("15", "bur framleis i same bustad"),
                ("0", "utkastingar"),
                ("3", "tilsette i teamet"),
            ),
            text(
                "## Kva oppfølginga var",
                "Teamet kom heim til kvar enkelt minst éin gong i veka den første tida. Vi hjelpte med å "
                "betale rekningar, handle, vaske og lage mat, og med å søkje bustøtte. Etter kvart gjekk det "
                "over til faste møte annakvar veke, og til slutt til ein telefon når det trongst.",
                "Viktigast var at den same personen kom kvar gong, og at teamet òg kunne hjelpe med jobb "
                "eller skule saman med NAV.",
            ),
            quote(
                "Ho som banka på døra, var den første som spurde kva eg ville, ikkje kva eg hadde gjort gale.",
                "ung leigetakar, 22 år",
            ),
        ],
        [
            "Same kontaktperson heile vegen.",
            "Avtale om trekk av husleiga frå første dag, slik at restansane aldri fekk vekse.",
        ],
        "Vi ville ha avtalt oppfølginga før innflyttinga. Nokre av dei første fekk nøklane ein fredag og "
        "møtte teamet først veka etter.",
        ("Eirik Fiskerstrand", "miljøterapeut, bu- og oppfølgingsteamet", ""),
        language="nn",
    ),
    Experience(
        "molde",
        "mellombels-bustad-ut-av-campinghytta",
        "Ut av campinghytta: færre i mellombels bustad",
        ["bostedsloshet-og-housing-first", "kommunale-utleieboliger"],
        D(2014, 6, 18),
        "I 2012 budde 34 personar i Molde i campinghytter, på hospits eller på hotell fordi kommunen ikkje "
        "hadde anna å tilby. Med kjøp av småleilegheiter og tett samarbeid med NAV kom vi ned i seks "
        "personar på eitt år.",
        [
            text(
                "Mellombels bustad skal vere ei naudløysing for nokre få netter. Hos oss hadde det blitt ei "
                "fast ordning: den som hadde budd lengst på campingplassen, hadde vore der i over eitt år. "
                "Det kosta kommunen mykje, og det var dårleg for dei som budde der.",
            ),
            key_figures(
                "Frå 2012 til 2013",
                ("34 → 6", "personar i mellombels bustad"),
                ("11", "småleilegheiter kjøpte"),
                ("87 → 21", "dagar i gjennomsnitt per opphald"),
                ("1,4 mill. kr", "spart på leige av hytter og hotellrom"),
            ),
            text(
                "## Kva vi gjorde",
                "Vi gjekk gjennom kvar einaste sak saman med NAV og rustenesta. For dei fleste var problemet "
                "ikkje at dei ikkje kunne bu, men at det ikkje fanst ein bustad å flytte til. Kommunen kjøpte "
                "11 små leilegheiter spreidde rundt i byen med tilskot frå Husbanken, og vi avtalte med NAV "
                "at alle som får mellombels bustad, skal ha ein plan for varig bustad innan to veker.",
            ),
            fact_box(
                "Reglane vi følgjer no",
                [
                    "Ingen skal bu i campinghytte meir enn fjorten dagar",
                    "Alle får ein fast kontaktperson frå første dag",
                    "NAV og bustadtenesta møtest kvar tysdag og går gjennom lista",
                    "Barnefamiliar skal aldri få tilbod om campinghytte",
                ],
            ),
        ],
        "Det faste møtet på tysdagane. Når lista var den same for alle, vart det tydeleg kven som hadde "
        "ansvaret.",
        "Vi burde ha spurt dei som budde på campingplassen, tidlegare. Fleire av dei hadde gode forslag til "
        "kvar dei kunne bu.",
        ("Oddny Rekdal", "rådgjevar, bustadtenesta", "oddny.rekdal@example.org"),
        language="nn",
    ),
    Experience(
        "molde",
        "flyktninger-som-eier-egen-bolig",
        "Flyktninger som eier sin egen bolig",
        ["bosetting-av-flyktninger", "startlan-og-bostotte"],
        D(2016, 1, 20),
        "Molde tilbyr alle bosatte flyktninger en samtale om boligkjøp mot slutten av introduksjonsprogrammet. "
        "23 husstander har kjøpt bolig med startlån siden 2013, de fleste innen fem år etter bosettingen.",
        [
            text(
                "Flyktninger som bosettes i Molde, får som regel en kommunal utleiebolig de første årene. "
                "Mange blir boende lenge, også når de har kommet i arbeid. Det binder opp boliger vi trenger "
                "til nye bosettinger, og det gir familiene lite trygghet.",
                "Siden 2013 har flyktningtjenesten og boligtjenesten hatt en felles rutine: Når "
                "introduksjonsprogrammet nærmer seg slutten, blir familien invitert til en samtale om økonomi "
                "og bolig. Der går vi gjennom inntekt, gjeld og hva et startlån kan bety for dem.",
            ),
            key_figures(
                "",
                ("23", "husstander kjøpte bolig med startlån"),
                ("4,5 år", "i snitt fra bosetting til kjøp"),
                ("19", "kommunale boliger frigjort til nye bosettinger"),
            ),
            quote(
                "Vi trodde det var for tidlig å snakke om å kjøpe bolig. Familiene mente det motsatte.",
                "programrådgiver i flyktningtjenesten",
            ),
        ],
        "Boligskolen: fire kvelder om budsjett, lån, forsikring og hva det vil si å eie, med tolk.",
        "Vi ville samarbeidet med en bank om et eget kurs. Mange hadde verken kredittkort eller "
        "betalingshistorikk, og det ga unødvendige avslag.",
        ("Ahmed Hassan", "programrådgiver, flyktningtjenesten", "ahmed.hassan@example.org"),
        related=["fra-leie-til-eie-med-startlan"],
    ),
    Experience(
        "molde",
        "fra-sykehus-til-egen-bolig",
        "Fra sykehus til egen bolig",
        ["samarbeid-med-nav", "oppfolging-i-hjemmet"],
        D(2015, 3, 25),
        "Pasienter i psykisk helsevern ble for ofte skrevet ut til hospits eller til ingen bolig. En avtale "
        "mellom kommunen, helseforetaket og NAV sikrer nå at boligen tas opp minst fire uker før utskrivning.",
        [
            text(
                "I 2013 ble 14 pasienter fra de psykiatriske avdelingene skrevet ut uten en bolig å gå til. "
                "Flere av dem var tilbake på sykehuset innen få uker. Boligen var nevnt i individuell plan, "
                "men ingen hadde ansvar for å skaffe den.",
                "Vi laget en enkel avtale: Sykehuset varsler kommunen når en pasient uten bolig blir lagt inn, "
                "kommunen utpeker en boligkoordinator, og NAV vurderer økonomisk stønad og bostøtte før "
                "utskrivning.",
            ),
            fact_box(
                "Avtalen i korte trekk",
                [
                    "Sykehuset varsler kommunen innen en uke etter innleggelsen",
                    "Boligkoordinatoren deltar på det første samarbeidsmøtet",
                    "Boligen skal være klar senest dagen før utskrivning",
                    "Oppfølgingen i hjemmet starter den første uka",
                ],
            ),
            key_figures(
                "",
                ("14 → 2", "skrevet ut uten bolig, 2013 mot 2014"),
                ("4 uker", "før utskrivning tas boligen opp"),
            ),
        ],
        "Ett navn og ett telefonnummer i kommunen. Sykehuset visste hvem de skulle ringe.",
        "Vi tok ikke med rusbehandlingen i første runde. Det gjorde vi året etter, og det burde vi gjort "
        "med en gang.",
        ("Lene Hjelset", "boligkoordinator", ""),
    ),
    Experience(
        "kristiansund",
        "bostotte-til-dem-som-ikke-sokte",
        "Bostøtte til dem som ikke visste at de hadde rett",
        ["startlan-og-bostotte", "samarbeid-med-nav"],
        D(2014, 9, 9),
        "Kristiansund gikk gjennom alle leietakere i kommunale boliger og alle som fikk sosialhjelp til "
        "husleie. 120 husstander hadde ikke søkt bostøtte fra Husbanken, selv om de trolig hadde rett til det.",
        [
            text(
                "Bostøtten er en statlig ordning, men det er kommunen som tar imot søknadene og veileder "
                "søkerne. Vi mistenkte at mange ikke søkte, og at NAV i stedet dekket husleia med økonomisk "
                "sosialhjelp.",
                "Høsten 2013 sammenlignet boligkontoret og NAV listene over leietakere og "
                "sosialhjelpsmottakere med listen over dem som fikk bostøtte. Alle som så ut til å ha rett, "
                "fikk et brev, en telefon og tilbud om hjelp til å fylle ut søknaden.",
            ),
            key_figures(
                "Etter ett år",
                ("120", "husstander uten bostøtte som trolig hadde rett"),
                ("94", "søkte med hjelp fra oss"),
                ("81", "fikk innvilget bostøtte"),
                ("ca. 2 700 kr", "i gjennomsnittlig bostøtte per måned"),
            ),
            text(
                "NAV regner med at sosialhjelpen til bolig gikk ned med om lag 1,8 millioner kroner det "
                "første året. Like viktig er det at husstandene nå har en fast og forutsigbar inntekt til "
                "husleia.",
            ),
        ],
        "Vi ringte i tillegg til å sende brev. Bare halvparten svarte på brevet.",
        "Vi burde gjort gjennomgangen hvert år fra starten. Nå er det en fast rutine hver høst.",
        ("Bjørn Aspen", "boligkonsulent", "bjorn.aspen@example.org"),
    ),
    Experience(
        "kristiansund",
        "rask-istandsetting-av-kommunale-boliger",
        "Rask istandsetting av kommunale boliger mellom to leietakere",
        ["kommunale-utleieboliger"],
        D(2015, 4, 22),
        "En kommunal bolig stod i snitt tom i 71 dager mellom to leietakere. Med eget vaktmesterteam og "
        "rammeavtaler med håndverkere er tiden nå nede i 19 dager.",
        [
            text(
                "Kristiansund eier om lag 480 utleieboliger. Når en leietaker flyttet ut, ble boligen meldt "
                "til eiendomsavdelingen, som bestilte befaring, hentet inn tilbud og ventet på håndverkere. "
                "Imens stod søkerne på venteliste, og noen av dem bodde i midlertidig bolig.",
            ),
            key_figures(
                "",
                ("480", "kommunale utleieboliger"),
                ("71 → 19", "dager tom mellom to leietakere"),
                ("ca. 3 mill. kr", "mer i husleieinntekter per år"),
            ),
            text(
                "## Tre grep",
                [
                    "Et eget team på tre vaktmestere som tar de enkle jobbene: maling, lister og hvitevarer.",
                    "Rammeavtaler med elektriker, rørlegger og maler, så vi slipper å hente inn tilbud hver "
                    "gang.",
                    "Befaring før leietakeren flytter ut, slik at arbeidet kan planlegges.",
                ],
            ),
            quote(
                "Den beste boligen for en som venter, er en bolig som står klar.",
                "leder for bolig- og eiendomstjenesten",
            ),
        ],
        "Befaringen før utflytting. Den gir oss også en anledning til å snakke med leietakeren om hvor de "
        "skal bo videre.",
        "Vi undervurderte hvor slitte boligene var. De første månedene gikk med til et etterslep vi burde "
        "ha kartlagt først.",
        ("Turid Sandvik", "leder, bolig- og eiendomstjenesten", ""),
    ),
    Experience(
        "kristiansund",
        "boligsosial-koordinator-i-radmannens-stab",
        "Boligsosial koordinator i rådmannens stab",
        ["planlegging-og-forankring", "samarbeid-med-nav"],
        D(2016, 2, 17),
        "Kristiansund opprettet en stilling som boligsosial koordinator i rådmannens stab. Koordinatoren eier "
        "handlingsplanen, leder boligforumet med NAV og helse og rapporterer til formannskapet to ganger i året.",
        [
            text(
                "Det boligsosiale arbeidet var spredt på seks enheter. Alle gjorde noe, men ingen hadde "
                "oversikt, og saker som gikk på tvers, ble liggende. Da vi evaluerte det første året i "
                "programmet, var det dette alle pekte på.",
                "Rådmannen flyttet en stilling fra boligkontoret til sin egen stab og ga den ansvaret for "
                "handlingsplanen. Koordinatoren leder et boligforum der NAV, helse og omsorg, "
                "flyktningtjenesten, barnevernet, eiendom og boligkontoret møtes én gang i måneden.",
            ),
            key_figures(
                "",
                ("6", "enheter i boligforumet"),
                ("2", "rapporter til formannskapet i året"),
                ("1", "stilling, flyttet fra boligkontoret"),
            ),
            quote(
                "Før var boligsosialt arbeid noe alle var litt ansvarlige for. Nå er det noen som spør "
                "hvorfor ting ikke skjer.",
                "kommunalsjef",
            ),
        ],
        "Plasseringen i rådmannens stab. Koordinatoren kan be alle enhetene om svar, ikke bare én.",
        "Vi burde gitt koordinatoren et eget budsjett fra starten. Uten penger ble det første året mye "
        "koordinering og lite handling.",
        ("Marit Strand", "boligsosial koordinator, rådmannens stab", "marit.strand@example.org"),
        related=["boligsosial-handlingsplan-som-blir-brukt"],
    ),
]
