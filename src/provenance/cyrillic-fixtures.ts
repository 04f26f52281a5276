// Invented English stories and Russian/Ukrainian texts written for the translated-copy tests:
// a Russian translation, a Ukrainian translation, and a Russian report of another call between
// the same people (same names, other numbers): never a copy.

export const CALL_EN = `GENEVA, March 3 (Northwire) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Antony Blinken spoke for 90 minutes on Thursday about the grain corridor from Odesa, officials in both capitals said.

Lavrov told Blinken that Moscow would allow 12 more ships to leave Ukrainian ports if Western insurers resumed cover for Russian cargoes, according to a statement from the Russian Foreign Ministry.

Blinken said Washington wanted the corridor extended for 120 days and urged Russia to release 3 detained crew members.

Ukrainian President Volodymyr Zelensky said in his evening address that Kyiv had not been consulted and that 40 vessels were still waiting near Odesa.

Kremlin spokesman Dmitry Peskov said President Vladimir Putin would discuss the corridor with Turkish President Recep Tayyip Erdogan by telephone on Friday.

Turkish officials said a meeting in Istanbul was planned for March 10 to discuss the inspection of 250,000 tonnes of grain a week.`;

export const CALL_RU = `ЖЕНЕВА, 3 марта (Northwire) — Министр иностранных дел России Сергей Лавров и госсекретарь США Энтони Блинкен в четверг 90 минут обсуждали зерновой коридор из Одессы, сообщили официальные лица обеих столиц.

Лавров сообщил Блинкену, что Москва разрешит ещё 12 судам покинуть украинские порты, если западные страховщики возобновят страхование российских грузов, говорится в заявлении МИД России.

Блинкен заявил, что Вашингтон хочет продлить коридор на 120 дней, и призвал Россию освободить 3 задержанных членов экипажа.

Президент Украины Владимир Зеленский в своём вечернем обращении сказал, что с Киевом не консультировались и что 40 судов всё ещё ждут у Одессы.

Пресс-секретарь Кремля Дмитрий Песков сообщил, что президент Владимир Путин обсудит коридор с президентом Турции Реджепом Тайипом Эрдоганом по телефону в пятницу.

Турецкие официальные лица сообщили, что встреча в Стамбуле запланирована на 10 марта, на ней обсудят досмотр 250 000 тонн зерна в неделю.`;

export const CALL_UK = `ЖЕНЕВА, 3 березня (Northwire) — Міністр закордонних справ Росії Сергій Лавров і держсекретар США Ентоні Блінкен у четвер 90 хвилин обговорювали зерновий коридор з Одеси, повідомили посадовці обох столиць.

Лавров сказав Блінкену, що Москва дозволить ще 12 суднам залишити українські порти, якщо західні страховики відновлять страхування російських вантажів, ідеться в заяві МЗС Росії.

Блінкен заявив, що Вашингтон хоче продовжити коридор на 120 днів, і закликав Росію звільнити 3 затриманих членів екіпажу.

Президент України Володимир Зеленський у вечірньому зверненні сказав, що з Києвом не консультувалися і що 40 суден досі чекають біля Одеси.

Речник Кремля Дмитро Пєсков повідомив, що президент Володимир Путін обговорить коридор з президентом Туреччини Реджепом Таїпом Ердоганом телефоном у пʼятницю.

Турецькі посадовці повідомили, що зустріч у Стамбулі запланована на 10 березня, на ній обговорять огляд 250 000 тонн зерна на тиждень.`;

/** The same people a month later: another call, other numbers. Not a copy of CALL_EN. */
export const OTHER_CALL_RU = `ВЕНА, 7 апреля — Министр иностранных дел России Сергей Лавров провёл 45-минутный телефонный разговор с госсекретарем США Энтони Блинкеном, сообщил МИД России.

Лавров заявил, что Москва готова обменять 2 заключённых, и предложил провести встречу экспертов в Вене 18 апреля.

Блинкен, по данным Вашингтона, потребовал допустить 6 наблюдателей к Запорожской АЭС и обсудил с Лавровым поставки 30 генераторов.

Пресс-секретарь Кремля Дмитрий Песков сказал, что президент Владимир Путин не планирует разговор с Зеленским.

Президент Украины Владимир Зеленский в тот же день заявил, что Киев получил 70 генераторов от Турции.`;
