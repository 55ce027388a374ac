<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddCardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="119"/>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="121"/>
        <source>Cards on your account (%1 of %2):</source>
        <translation>Cards on your account (%1 of %2):</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="170"/>
        <source>Моцная картка partner card</source>
        <translation>Моцная картка partner card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="177"/>
        <source>Phone number of your account</source>
        <translation>Phone number of your account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="179"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="181"/>
        <source>Number of the card to add (13 digits)</source>
        <translation>Number of the card to add (13 digits)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="183"/>
        <source>Forgot the password? Get an SMS code instead</source>
        <translation>Forgot the password? Get an SMS code instead</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="184"/>
        <source>Add another card</source>
        <translation>Add another card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="187"/>
        <source>Add a card to your account</source>
        <translation>Add a card to your account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="188"/>
        <source>Enter the code from the SMS</source>
        <translation>Enter the code from the SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="189"/>
        <source>Scan the card to add</source>
        <translation>Scan the card to add</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="193"/>
        <source>Sign in with your phone number and password.</source>
        <translation>Sign in with your phone number and password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="194"/>
        <source>The code confirms that the account is yours.</source>
        <translation>The code confirms that the account is yours.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="196"/>
        <source>Hold its barcode under the scanner, or type the 13 digits printed under it. Моцная картка partner cards can be added too.</source>
        <translation>Hold its barcode under the scanner, or type the 13 digits printed under it. Моцная картка partner cards can be added too.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="209"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="210"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="211"/>
        <source>Add the card</source>
        <translation>Add the card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="212"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>AddCardWizard</name>
    <message>
        <location filename="../../kiosk/qt/wizards/add_card.py" line="105"/>
        <source>The card %1 is already on your account.</source>
        <translation>The card %1 is already on your account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wizards/add_card.py" line="108"/>
        <source>The card %1 now collects bonus points on your account.</source>
        <translation>The card %1 now collects bonus points on your account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wizards/add_card.py" line="103"/>
        <source>The card is added</source>
        <translation>The card is added</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wizards/add_card.py" line="114"/>
        <source>Your account already has %1 cards, the most allowed:</source>
        <translation>Your account already has %1 cards, the most allowed:</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/wizards/add_card.py" line="111"/>
        <source>The card %1 could not be added</source>
        <translation>The card %1 could not be added</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/attract.py" line="86"/>
        <source>Today: %1% off everything — %2</source>
        <extracomment>Large text or high contrast tapped: the reading aids the shopper wants now.</extracomment>
        <translation>Today: %1% off everything — %2</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="19"/>
        <source>Loyalty card</source>
        <translation>Loyalty card</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="64"/>
        <source>A+  Larger text</source>
        <translation>A+  Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="72"/>
        <source>◐  High contrast</source>
        <translation>◐  High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="116"/>
        <source>Scan your card</source>
        <translation>Scan your card</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="124"/>
        <source>Hold the barcode of your loyalty card under the scanner to see your bonus points and personal offers</source>
        <translation>Hold the barcode of your loyalty card under the scanner to see your bonus points and personal offers</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="163"/>
        <source>Enter the card number</source>
        <translation>Enter the card number</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="170"/>
        <source>About the program</source>
        <translation>About the program</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="177"/>
        <source>Register a card</source>
        <translation>Register a card</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="145"/>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="149"/>
        <source>worth %1 towards your purchases</source>
        <translation>worth %1 towards your purchases</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="159"/>
        <source>Your card</source>
        <translation>Your card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="174"/>
        <source>Card-holder prices apply to your purchases at the checkout.</source>
        <translation>Card-holder prices apply to your purchases at the checkout.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="185"/>
        <source>Card active</source>
        <translation>Card active</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="187"/>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="189"/>
        <source>Card blocked</source>
        <translation>Card blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="190"/>
        <source>Not activated</source>
        <translation>Not activated</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="196"/>
        <source>Motsnaya Kartka</source>
        <translation>Motsnaya kartka</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="194"/>
        <source>this card</source>
        <translation>this card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="198"/>
        <source>store card</source>
        <translation>store card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="200"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="206"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Today: %1% off everything — %2</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="51"/>
        <source>Bonus points</source>
        <translation>Bonus points</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="92"/>
        <source>Personal offers</source>
        <translation>Personal offers</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="113"/>
        <source>No personal offers right now. They appear here when the store prepares something for you.</source>
        <translation>No personal offers right now. They appear here when the store prepares something for you.</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="130"/>
        <source>Cards on your account</source>
        <translation>Cards on your account</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="149"/>
        <source>Add a card</source>
        <translation>Add a card</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="162"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>CashierScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="150"/>
        <source>The PIN does not match this badge. Tries left before the badge is locked: %n</source>
        <extracomment>A sign-in problem with its attempts left and minutes (either may be unknown). Room above and below a row&apos;s &quot;Register this card&quot; button (half the gap between two). A button&apos;s words on two lines take about this share of its one-line width. Results whose row offers &quot;Register this card&quot; (the card is sold and issued). Rows a cashier must look at: shown in bold. &quot;Register this card&quot; on a row (the row&apos;s index). The still-here question: the cashier tapped (stayed) or let it run out (expired). Asked when the kiosk&apos;s idle time runs out on this screen (set by the driver).</extracomment>
        <translation>
            <numerusform>The PIN does not match this badge. %n try left before the badge is locked.</numerusform>
            <numerusform>The PIN does not match this badge. %n tries left before the badge is locked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="155"/>
        <source>The PIN does not match this badge. Try again.</source>
        <translation>The PIN does not match this badge. Try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="139"/>
        <source>Too many wrong PINs: this badge is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs: this badge is locked. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs: this badge is locked. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="164"/>
        <source>Too many wrong PINs at this kiosk. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs at this kiosk. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs at this kiosk. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="168"/>
        <source>The loyalty service does not accept this kiosk. Call the service engineer.</source>
        <translation>The loyalty service does not accept this kiosk. Call the service engineer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="147"/>
        <source>The loyalty service cannot be reached, so the PIN cannot be checked. Try again in a minute.</source>
        <translation>The loyalty service cannot be reached, so the PIN cannot be checked. Try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="150"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>The PIN could not be checked. Try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="224"/>
        <source>Register this card</source>
        <translation>Register this card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="259"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="260"/>
        <source>Queued: the loyalty service is unreachable, will be sent</source>
        <translation>Queued: the loyalty service is unreachable, will be sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="261"/>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="262"/>
        <source>Already activated</source>
        <translation>Already activated</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="263"/>
        <source>Already activated and registered</source>
        <translation>Already activated and registered</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="264"/>
        <source>Unknown card</source>
        <translation>Unknown card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="265"/>
        <source>Card blocked</source>
        <translation>Card blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="266"/>
        <source>Not a card of ours</source>
        <translation>Not a card of ours</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="267"/>
        <source>Refused by the loyalty service</source>
        <translation>Refused by the loyalty service</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="268"/>
        <source>Not recorded: the terminal&apos;s disk is full</source>
        <translation>Not recorded: the terminal&apos;s disk is full</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="301"/>
        <source>Not recorded: the terminal cannot save it now; call the service engineer</source>
        <translation>Not recorded: the terminal cannot save it now; call the service engineer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="274"/>
        <source>Activated in this session: %n</source>
        <translation>
            <numerusform>Activated in this session: %n</numerusform>
            <numerusform>Activated in this session: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="276"/>
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Waiting to be sent: %n</numerusform>
            <numerusform>Waiting to be sent: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="299"/>
        <source>This code is not a card. Scan the barcode on the card.</source>
        <translation>This code is not a card. Scan the barcode on the card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="329"/>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="24"/>
        <source>Cashier sign-in</source>
        <translation>Cashier sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="31"/>
        <source>Enter the PIN of your staff badge</source>
        <translation>Enter the PIN of your staff badge</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="89"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="116"/>
        <source>Card activation</source>
        <translation>Card activation</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="131"/>
        <source>Scan the cards sold at the till one after another.</source>
        <translation>Scan the cards sold at the till one after another.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="185"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="198"/>
        <source>Service screen</source>
        <translation>Service screen</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="590"/>
        <source>We sent a code to %1</source>
        <translation>We sent a code to %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="612"/>
        <source>Change the number</source>
        <translation>Change the number</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="530"/>
        <source>Day</source>
        <extracomment>The keypad&apos;s widest on a short dock; a taller dock (portrait) widens it to keep its keys about square (KEYPAD_ASPECT: width over height). Widest the caption column gets: captions sit left of their fields, which leaves the height of the screen to the fields and the keyboard under them. On a narrow screen the column takes a quarter of the row and its captions wrap. No limit (Qt&apos;s QWIDGETSIZE_MAX). The captions&apos; font size on the reference screen (kiosk.qss, role fieldCaption).</extracomment>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="530"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="530"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="533"/>
        <source>Ten years later</source>
        <translation>Ten years later</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="534"/>
        <source>Ten years earlier</source>
        <translation>Ten years earlier</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="131"/>
        <source>registered</source>
        <extracomment>The trainer wants the kiosk cut off from its central (True) or connected again (False). None: the demo has no cuttable link (the button is hidden); else whether it is cut.</extracomment>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="132"/>
        <source>sold, not registered</source>
        <translation>sold, not registered</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="133"/>
        <source>never sold</source>
        <translation>never sold</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="134"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="135"/>
        <source>unknown to the chain</source>
        <translation>unknown to the chain</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="141"/>
        <source>large balance</source>
        <translation>large balance</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="142"/>
        <source>Motsnaya Kartka partner card</source>
        <translation>Motsnaya kartka partner card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="143"/>
        <source>birthday offer</source>
        <translation>birthday offer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="144"/>
        <source>5 cards, the limit</source>
        <translation>5 cards, the limit</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="170"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="172"/>
        <source>Could not read the demo SMS.</source>
        <translation>Could not read the demo SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="174"/>
        <source>No SMS has been sent yet.</source>
        <translation>No SMS has been sent yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="179"/>
        <source>To %1 at %2
Code: %3
%4</source>
        <translation>To %1 at %2
Code: %3
%4</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="18"/>
        <source>Demo panel</source>
        <translation>Demo panel</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="30"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="51"/>
        <source>Tap a demo card to scan it</source>
        <translation>Tap a demo card to scan it</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="77"/>
        <source>Last demo SMS</source>
        <translation>Last demo SMS</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="89"/>
        <source>Show the last SMS</source>
        <translation>Show the last SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="155"/>
        <source>The kiosk is cut off from its central (as when the network is down).</source>
        <translation>The kiosk is cut off from its central (as when the network is down).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="157"/>
        <source>Reconnect the kiosk to its central</source>
        <translation>Reconnect the kiosk to its central</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="159"/>
        <source>The kiosk is connected to its central.</source>
        <translation>The kiosk is connected to its central.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="160"/>
        <source>Cut the kiosk off from its central</source>
        <translation>Cut the kiosk off from its central</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="447"/>
        <source>Service mode is locked for a few minutes after wrong PINs.</source>
        <translation>Service mode is locked for a few minutes after wrong PINs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="435"/>
        <source>This code is not recognised. Please scan a card or a product again.</source>
        <extracomment>The loading screen appears only when an answer takes longer than this. Program information (today&apos;s discount) is fetched again this often. After a failed background fetch of the program the next try comes this much later, doubling after each failure up to PROGRAM_RETRY_MAX_MS (or later, when the central&apos;s Retry-After says so): a short outage at boot must not cost the start screen today&apos;s discount for 30 minutes. Screens where the shopper may wait for a quick answer: they stay up for the first SPINNER_DELAY_MS instead of flashing the loading screen. The service screen&apos;s &quot;leave kiosk mode&quot; was confirmed: the application should quit. A staff badge was scanned on a shopper screen (the badge): cashier mode&apos;s way in. The central&apos;s barcode nomenclature is in use now; with its shortest code length (the keyboard-wedge scanner&apos;s fewest keys of a scan). Large text or high contrast turned on or off: the theme re-renders the stylesheet. Ends of sessions so far (the demo panel&apos;s SMS are forgotten at each). Asks again which demo SMS are old when the central could not say (the demo&apos;s link was cut): before the next shopper&apos;s code can go out, not at the next read. Fires the next try after a failed background fetch of the program.</extracomment>
        <translation>This code is not recognised. Please scan a card or a product again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="439"/>
        <source>Coupons and receipts are accepted at the checkout, not here.</source>
        <translation>Coupons and receipts are accepted at the checkout, not here.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="330"/>
        <source>Demo cards and SMS</source>
        <extracomment>How long a notice (&quot;could not read the card&quot;) stays up. Size of the window in --windowed mode (development on a desktop). The window&apos;s new width and height: the theme derives its sizes from them. Another screen is on display. Each screen sits in a scroll area of its own: a screen that needs more height than the window has (large text on a small screen) scrolls instead of being cut off.</extracomment>
        <translation>Demo cards and SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="331"/>
        <source>Demo data, no network needed</source>
        <translation>Demo data, no network needed</translation>
    </message>
</context>
<context>
    <name>LoadingScreen</name>
    <message>
        <location filename="../../ui/loading.ui" line="44"/>
        <source>One moment, please…</source>
        <translation>One moment, please…</translation>
    </message>
    <message>
        <location filename="../../ui/loading.ui" line="60"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="51"/>
        <source>A card number has 13 digits. Please check and complete it.</source>
        <translation>A card number has 13 digits. Please check and complete it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="53"/>
        <source>This number does not look right. Please check the digits.</source>
        <translation>This number does not look right. Please check the digits.</translation>
    </message>
    <message>
        <location filename="../../ui/manual_entry.ui" line="16"/>
        <source>Enter the card number</source>
        <translation>Enter the card number</translation>
    </message>
    <message>
        <location filename="../../ui/manual_entry.ui" line="24"/>
        <source>The 13 digits printed under the barcode on your card</source>
        <translation>The 13 digits printed under the barcode on your card</translation>
    </message>
    <message>
        <location filename="../../ui/manual_entry.ui" line="80"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="126"/>
        <source>Back to start</source>
        <extracomment>The countdown of a Retry-After moves once a second. The primary button: &quot;Register the card&quot; (not registered) or &quot;Try again&quot; (error). Seconds until &quot;try again&quot; may be pressed (the central&apos;s Retry-After); 0: now.</extracomment>
        <translation>Back to start</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="126"/>
        <location filename="../../ui/message.ui" line="80"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="132"/>
        <source>This card is not registered yet</source>
        <translation>This card is not registered yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="134"/>
        <source>Card-holder prices already work with it. Register the card to collect bonus points and get personal offers.</source>
        <translation>Card-holder prices already work with it. Register the card to collect bonus points and get personal offers.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="137"/>
        <source>Register the card</source>
        <translation>Register the card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="141"/>
        <source>We could not find this card</source>
        <translation>We could not find this card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="143"/>
        <source>It is not a card of our loyalty program, or it has not been activated yet. If you have just bought it, please ask the cashier to activate it.</source>
        <translation>It is not a card of our loyalty program, or it has not been activated yet. If you have just bought it, please ask the cashier to activate it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="150"/>
        <source>This card is blocked</source>
        <translation>This card is blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="152"/>
        <source>It cannot be used for points or card-holder prices. Please ask the cashier or call support.</source>
        <translation>It cannot be used for points or card-holder prices. Please ask the cashier or call support.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="158"/>
        <source>The loyalty service is taking too long to answer</source>
        <translation>The loyalty service is taking too long to answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="160"/>
        <source>No connection to the loyalty service</source>
        <translation>No connection to the loyalty service</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="162"/>
        <source>The loyalty service is busy right now</source>
        <translation>The loyalty service is busy right now</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="168"/>
        <source>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in %1 s.</source>
        <translation>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in %1 s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="164"/>
        <source>The loyalty service could not answer</source>
        <translation>The loyalty service could not answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="175"/>
        <source>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in a few minutes or ask the cashier.</source>
        <translation>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in a few minutes or ask the cashier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="178"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="183"/>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="185"/>
        <source>free calls</source>
        <translation>free calls</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="187"/>
        <source>Support: %1 (%2)</source>
        <translation>Support: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="177"/>
        <source>Backspace</source>
        <extracomment>Smallest side of a key on the reference screen (kiosk.core.metrics.REFERENCE_SIZE): a thumb. Keys get their size from the stylesheet, which scales it to the screen (never under 9 mm). The dynamic property the stylesheet uses to drop the pressed highlight. On a portrait screen a keypad page&apos;s keypad takes at least these shares of the screen&apos;s width and height (grow_in_portrait): bigger keys where the landscape sizes would leave the lower half of a tall screen empty.</extracomment>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="178"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="179"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OfferItem</name>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="46"/>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <location filename="../../ui/offer_item.ui" line="17"/>
        <source>Happy birthday!</source>
        <translation>Happy birthday!</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="325"/>
        <source>RU</source>
        <extracomment>Letter rows per layout. Belarusian: і for и, ў for щ, the apostrophe for ъ. Digits and what emails and passwords need. Keys on the bottom row of every letter page, between the language key and space. Keys on the bottom row of every letter page, after space (an email needs them often). What the symbols page&apos;s letters key says: the letters it returns to. Dynamic property a field can carry to be treated like a password (e.g. an SMS code).</extracomment>
        <translation>RUS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="326"/>
        <source>BE</source>
        <translation>BEL</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="327"/>
        <source>EN</source>
        <translation>ENG</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="339"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="339"/>
        <source>Digits and symbols</source>
        <translation>Digits and symbols</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="341"/>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="342"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="343"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="344"/>
        <source>Keyboard language</source>
        <translation>Keyboard language</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="346"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
</context>
<context>
    <name>PhoneInput</name>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="107"/>
        <source>Belarus</source>
        <extracomment>How a national mobile number is grouped as it is typed: &apos;29 765-43-21&apos;, &apos;912 345-67-89&apos;. Most digits a phone field takes (with a trunk prefix: &apos;8 029 ...&apos;). The widest number the field shows, grouped as typed (&apos;29 765-43-21&apos;, &apos;912 345-67-89&apos;).</extracomment>
        <translation>Belarus</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="108"/>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="110"/>
        <source>912 345-67-89</source>
        <translation>912 345-67-89</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="110"/>
        <source>29 123-45-67</source>
        <translation>29 123-45-67</translation>
    </message>
</context>
<context>
    <name>PriceScreen</name>
    <message>
        <location filename="../../ui/price.ui" line="23"/>
        <source>Price check</source>
        <translation>Price check</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="56"/>
        <source>Regular price</source>
        <translation>Regular price</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="149"/>
        <source>No discount when paying with an installment card such as «Халва».</source>
        <translation>No discount when paying with an installment card such as «Халва».</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="176"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="166"/>
        <source>Code %1</source>
        <extracomment>The currency beside a price is half the price&apos;s size (QLabel[role=&quot;price&quot;] in the stylesheet). The currency&apos;s size when the price label&apos;s font gives no pixel size. Narrower than this (768 px landscape would be), the two prices stand one above the other. The dynamic property that makes the prices larger on a portrait screen (the stylesheet&apos;s QLabel[role=&quot;price&quot;][tall=&quot;true&quot;]), where they stand one above the other. On a portrait screen the room between the parts of the answer, and inside a price&apos;s panel (left, top, right, bottom), is larger than the form&apos;s (which is for landscape). The form&apos;s spacing and panel margins, for a landscape screen.</extracomment>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="197"/>
        <source>Shelf tag: %1</source>
        <translation>Shelf tag: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="204"/>
        <source>Your price with your card</source>
        <translation>Your price with your card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="204"/>
        <source>Card price</source>
        <translation>Card price</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="209"/>
        <source>You save %1 (%2%)</source>
        <translation>You save %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="211"/>
        <source>A card saves %1 (%2%)</source>
        <translation>A card saves %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="222"/>
        <source>%1 today: −%2% on the whole range, already in these prices.</source>
        <translation>%1 today: −%2% on the whole range, already in these prices.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="228"/>
        <source>Show your card at the checkout and the card price is yours.</source>
        <translation>Show your card at the checkout and the card price is yours.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="231"/>
        <source>This product has one price for everyone. Scan your card to check another product, or register a card at this kiosk.</source>
        <translation>This product has one price for everyone. Scan your card to check another product, or register a card at this kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="236"/>
        <source>Scan your card to see your price. No card yet? Register one at this kiosk: card prices work from the first purchase.</source>
        <translation>Scan your card to see your price. No card yet? Register one at this kiosk: card prices work from the first purchase.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="244"/>
        <source>Ask at the counter for this item&apos;s price</source>
        <translation>Ask at the counter for this item&apos;s price</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="246"/>
        <source>Weighed goods and items made in the store are priced on their label or at the counter.</source>
        <translation>Weighed goods and items made in the store are priced on their label or at the counter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="252"/>
        <source>Prices cannot be checked right now</source>
        <translation>Prices cannot be checked right now</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="254"/>
        <source>Please look at the shelf tag or ask a cashier, or try again in a few minutes.</source>
        <translation>Please look at the shelf tag or ask a cashier, or try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="258"/>
        <source>No price for this product</source>
        <translation>No price for this product</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="259"/>
        <source>Please ask a cashier: they will check the price for you.</source>
        <translation>Please ask a cashier: they will check the price for you.</translation>
    </message>
</context>
<context>
    <name>ProgramScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="78"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Today: %1% off everything — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="84"/>
        <source>%1: %2% off everything — %3</source>
        <translation>%1: %2% off everything — %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="102"/>
        <source>Rules version %1.</source>
        <translation>Rules version %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="112"/>
        <source>Taxpayer number (UNP): %1</source>
        <translation>Taxpayer number (UNP): %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="120"/>
        <source>Phone: %1 (%2)</source>
        <translation>Phone: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="124"/>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="16"/>
        <source>About the loyalty program</source>
        <translation>About the loyalty program</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="47"/>
        <source>What the card gives you</source>
        <translation>What the card gives you</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="61"/>
        <source>Program rules</source>
        <translation>Program rules</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="75"/>
        <source>Who can take part</source>
        <translation>Who can take part</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="89"/>
        <source>Paying with an installment card</source>
        <translation>Paying with an installment card</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="103"/>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="117"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="145"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="341"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="343"/>
        <source>Card number (13 digits under the barcode)</source>
        <translation>Card number (13 digits under the barcode)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="344"/>
        <source>Mobile phone number</source>
        <translation>Mobile phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="345"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="346"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="347"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="348"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="349"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="350"/>
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="351"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="352"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="353"/>
        <source>The same password again</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="359"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="360"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="367"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="368"/>
        <source>Send the code</source>
        <translation>Send the code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="369"/>
        <source>Use another phone number</source>
        <translation>Use another phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="376"/>
        <source>Scan the card you want to register</source>
        <translation>Scan the card you want to register</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="377"/>
        <source>Your mobile phone number</source>
        <translation>Your mobile phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="378"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="379"/>
        <source>Gender and date of birth</source>
        <translation>Gender and date of birth</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="380"/>
        <source>Address and email</source>
        <translation>Address and email</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="381"/>
        <source>Choose a password</source>
        <translation>Choose a password</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="382"/>
        <source>Program rules</source>
        <translation>Program rules</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="383"/>
        <location filename="../../kiosk/qt/screens/registration.py" line="385"/>
        <source>Enter the code from the SMS</source>
        <translation>Enter the code from the SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="384"/>
        <source>This phone number already has an account</source>
        <translation>This phone number already has an account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="386"/>
        <source>Registration complete</source>
        <translation>Registration complete</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="363"/>
        <source>I accept the program rules (version %1)</source>
        <translation>I accept the program rules (version %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="387"/>
        <source>The card is added to your account</source>
        <translation>The card is added to your account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="391"/>
        <source>Hold the barcode on the back of the card under the scanner, or type the 13 digits printed under it.</source>
        <translation>Hold the barcode on the back of the card under the scanner, or type the 13 digits printed under it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="395"/>
        <source>The confirmation code comes to this number by SMS. It is also your login.</source>
        <translation>The confirmation code comes to this number by SMS. It is also your login.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="397"/>
        <source>As in your passport.</source>
        <translation>As in your passport.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="398"/>
        <source>On your birthday you get a personal offer.</source>
        <translation>On your birthday you get a personal offer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="399"/>
        <source>For news and offers of the program.</source>
        <translation>For news and offers of the program.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="400"/>
        <source>You sign in with your phone number and this password.</source>
        <translation>You sign in with your phone number and this password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="402"/>
        <source>Read the rules (swipe to scroll) and confirm that you accept them.</source>
        <translation>Read the rules (swipe to scroll) and confirm that you accept them.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="404"/>
        <source>The code is valid for 10 minutes.</source>
        <translation>The code is valid for 10 minutes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="406"/>
        <source>You can add this card to that account. We will send a code to its phone.</source>
        <translation>You can add this card to that account. We will send a code to its phone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="408"/>
        <source>The code confirms that the account is yours.</source>
        <translation>The code confirms that the account is yours.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="413"/>
        <source>This card cannot be registered here</source>
        <translation>This card cannot be registered here</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="421"/>
        <source>Bonus points are collected from now on.</source>
        <translation>Bonus points are collected from now on.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="423"/>
        <source>Your card is active, bonus points are collected from now on.</source>
        <translation>Your card is active, bonus points are collected from now on.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="428"/>
        <source>Add this card to the account of this phone number? Its points will be collected there.</source>
        <translation>Add this card to the account of this phone number? Its points will be collected there.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="434"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="440"/>
        <source>Get the SMS code</source>
        <translation>Get the SMS code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="442"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="444"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ServicePinScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/service_pin.py" line="47"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="16"/>
        <source>Service mode</source>
        <translation>Service mode</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="23"/>
        <source>Enter the service PIN</source>
        <translation>Enter the service PIN</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="80"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="176"/>
        <source>Demo (embedded service, demo data)</source>
        <extracomment>The screen came up: its driver refreshes what it shows.</extracomment>
        <translation>Demo (embedded service, demo data)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="176"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="16"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="43"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="57"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="71"/>
        <source>Central service</source>
        <translation>Central service</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="99"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="373"/>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="386"/>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="179"/>
        <source>Asking…</source>
        <translation>Asking…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="181"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="183"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="185"/>
        <source>%1 (last good answer %2)</source>
        <translation>%1 (last good answer %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="187"/>
        <source>%1 (no good answer since the start)</source>
        <translation>%1 (no good answer since the start)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="191"/>
        <source>Keyboard-wedge (USB) scanner</source>
        <translation>Keyboard-wedge (USB) scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="192"/>
        <source>Serial scanner on %1</source>
        <translation>Serial scanner on %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="193"/>
        <source>Keyboard-wedge scanner and serial scanner on %1</source>
        <translation>Keyboard-wedge scanner and serial scanner on %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="196"/>
        <source>No scan since the start</source>
        <translation>No scan since the start</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="200"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="218"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="218"/>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="205"/>
        <source>Scan any code: its kind shows here</source>
        <translation>Scan any code: its kind shows here</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="207"/>
        <source>Staff badge</source>
        <translation>Staff badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="208"/>
        <source>Card of the chain</source>
        <translation>Card of the chain</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="209"/>
        <source>Partner card (Моцная картка)</source>
        <translation>Partner card (Моцная картка)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="210"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="211"/>
        <source>In-store or weighed-goods code</source>
        <translation>In-store or weighed-goods code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="212"/>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="213"/>
        <source>Refund receipt</source>
        <translation>Refund receipt</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="214"/>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="224"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="228"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/service.py" line="231"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="234"/>
        <source>Not available: %1</source>
        <translation>Not available: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="237"/>
        <source>The outbox file was unreadable: kept as %1, a new one was started</source>
        <translation>The outbox file was unreadable: kept as %1, a new one was started</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="266"/>
        <source>Cannot record: the disk is full.</source>
        <translation>Cannot record: the disk is full.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="268"/>
        <source>Cannot record: the outbox file or its folder is read-only (check the owner of the files in the data folder).</source>
        <translation>Cannot record: the outbox file or its folder is read-only (check the owner of the files in the data folder).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="271"/>
        <source>Cannot open the outbox file: check its owner and permissions.</source>
        <translation>Cannot open the outbox file: check its owner and permissions.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="272"/>
        <source>Another program holds the outbox file locked.</source>
        <translation>Another program holds the outbox file locked.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="273"/>
        <source>The disk fails to read or write the outbox file.</source>
        <translation>The disk fails to read or write the outbox file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="275"/>
        <source>The outbox file is damaged and cannot be set aside (check the folder&apos;s permissions).</source>
        <translation>The outbox file is damaged and cannot be set aside (check the folder&apos;s permissions).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="282"/>
        <source>Every queued activation is kept; this passes by itself once fixed.</source>
        <translation>Every queued activation is kept; this passes by itself once fixed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/service.py" line="288"/>
        <source>%n recorded activation(s) missing from the outbox file (a damaged write or an emptied file).</source>
        <translation>
            <numerusform>%n recorded activation missing from the outbox file (a damaged write or an emptied file).</numerusform>
            <numerusform>%n recorded activations missing from the outbox file (a damaged write or an emptied file).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="295"/>
        <source>The file as found is kept as %1.</source>
        <translation>The file as found is kept as %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/service.py" line="300"/>
        <source>The outbox file was damaged: kept as %1 with %n recorded activation(s), a new one was started.</source>
        <translation>
            <numerusform>The outbox file was damaged: kept as %1 with %n recorded activation, a new one was started.</numerusform>
            <numerusform>The outbox file was damaged: kept as %1 with %n recorded activations, a new one was started.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="241"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="247"/>
        <source>unknown card</source>
        <translation>unknown card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="248"/>
        <source>card blocked</source>
        <translation>card blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="249"/>
        <source>not a card of ours</source>
        <translation>not a card of ours</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="252"/>
        <source>refused (%1)</source>
        <translation>refused (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="261"/>
        <source>%1 — %2, scanned %3</source>
        <translation>%1 — %2, scanned %3</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="85"/>
        <source>Central answers</source>
        <translation>Central answers</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="113"/>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="127"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="141"/>
        <source>Serial scanner</source>
        <translation>Serial scanner</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="141"/>
        <source>Last scan</source>
        <translation>Last scan</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="155"/>
        <source>Scanner test</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="180"/>
        <source>Run the self-check</source>
        <translation>Run the self-check</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="211"/>
        <source>Activations waiting</source>
        <translation>Activations waiting</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="225"/>
        <source>Oldest waiting</source>
        <translation>Oldest waiting</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="239"/>
        <source>Refused activations</source>
        <translation>Refused activations</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="253"/>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="280"/>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="285"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="293"/>
        <source>Language of the kiosk</source>
        <translation>Language of the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="338"/>
        <source>Leave kiosk mode? Shoppers cannot use the terminal until the kiosk is started again.</source>
        <translation>Leave kiosk mode? Shoppers cannot use the terminal until the kiosk is started again.</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="345"/>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="352"/>
        <source>Yes, leave</source>
        <translation>Yes, leave</translation>
    </message>
</context>
<context>
    <name>StillHereOverlay</name>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="143"/>
        <source>Are you still here?</source>
        <extracomment>Seconds the shopper gets to ask for more time (config: [kiosk] still_here_seconds). One second of the countdown.</extracomment>
        <translation>Are you still here?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/shell/still_here.py" line="145"/>
        <source>Everything you typed will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Everything you typed will be cleared in %n second.</numerusform>
            <numerusform>Everything you typed will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="147"/>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
</context>
<context>
    <name>WizardFrame</name>
    <message>
        <location filename="../../ui/wizard_frame.ui" line="88"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_frame.ui" line="96"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_frame.ui" line="131"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_frame.ui" line="116"/>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>WizardTexts</name>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="35"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="37"/>
        <source>This is not a card number. Check the 13 digits under the barcode.</source>
        <translation>This is not a card number. Check the 13 digits under the barcode.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="39"/>
        <source>This phone number is not complete or not valid.</source>
        <translation>This phone number is not complete or not valid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="41"/>
        <source>Please enter a mobile number: the code comes by SMS.</source>
        <translation>Please enter a mobile number: the code comes by SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="44"/>
        <source>Only Belarusian (+375) and Russian (+7) mobile numbers are accepted.</source>
        <translation>Only Belarusian (+375) and Russian (+7) mobile numbers are accepted.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="48"/>
        <source>Use letters only; a hyphen, an apostrophe or a space may join words.</source>
        <translation>Use letters only; a hyphen, an apostrophe or a space may join words.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="51"/>
        <source>At most %n characters, please.</source>
        <translation>
            <numerusform>At most %n character, please.</numerusform>
            <numerusform>At most %n characters, please.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="53"/>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="55"/>
        <source>The program is open from the age of %n.</source>
        <translation>
            <numerusform>The program is open from the age of %n.</numerusform>
            <numerusform>The program is open from the age of %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="57"/>
        <source>Please check the year of birth.</source>
        <translation>Please check the year of birth.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="59"/>
        <source>This email address is not valid, e.g. name@mail.by.</source>
        <translation>This email address is not valid, e.g. name@mail.by.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="61"/>
        <source>The address is too long.</source>
        <translation>The address is too long.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="63"/>
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="65"/>
        <source>The password is too long.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="67"/>
        <source>The password needs at least one letter.</source>
        <translation>The password needs at least one letter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="69"/>
        <source>The password needs at least one digit.</source>
        <translation>The password needs at least one digit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="71"/>
        <source>The two passwords differ. Please type the same password twice.</source>
        <translation>The two passwords differ. Please type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="73"/>
        <source>Please accept the program rules to register.</source>
        <translation>Please accept the program rules to register.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="74"/>
        <source>Please check this field.</source>
        <translation>Please check this field.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="80"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="82"/>
        <source>, with at least one letter and one digit.</source>
        <translation>, with at least one letter and one digit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="84"/>
        <source>, with at least one letter.</source>
        <translation>, with at least one letter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="86"/>
        <source>, with at least one digit.</source>
        <translation>, with at least one digit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="95"/>
        <source>This phone number already has an account.</source>
        <translation>This phone number already has an account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="98"/>
        <source>This card is already registered. Scan it on the start screen to see its balance.</source>
        <translation>This card is already registered. Scan it on the start screen to see its balance.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="102"/>
        <source>This card is blocked. Please ask the cashier.</source>
        <translation>This card is blocked. Please ask the cashier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="105"/>
        <source>This card has not been sold yet. Please ask the cashier to activate it.</source>
        <translation>This card has not been sold yet. Please ask the cashier to activate it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="108"/>
        <source>We do not know this card. Check the number or ask the cashier.</source>
        <translation>We do not know this card. Check the number or ask the cashier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="110"/>
        <source>Your account already has the most cards allowed.</source>
        <translation>Your account already has the most cards allowed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="112"/>
        <source>This card belongs to another account and cannot be added to yours.</source>
        <translation>This card belongs to another account and cannot be added to yours.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="114"/>
        <source>Wrong code.</source>
        <translation>Wrong code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="116"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>The code has expired. Ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="118"/>
        <source>This code has already been used. Please start again.</source>
        <translation>This code has already been used. Please start again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="120"/>
        <source>Too many wrong codes. Please start again.</source>
        <translation>Too many wrong codes. Please start again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="122"/>
        <source>No more codes can be sent now. Please try again later.</source>
        <translation>No more codes can be sent now. Please try again later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="124"/>
        <source>A new code can be sent a little later.</source>
        <translation>A new code can be sent a little later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="126"/>
        <source>Wrong phone number or password.</source>
        <translation>Wrong phone number or password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="128"/>
        <source>You were signed out after a while. Please sign in again.</source>
        <translation>You were signed out after a while. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="130"/>
        <source>Too many tries. Please wait a few minutes and try again.</source>
        <translation>Too many tries. Please wait a few minutes and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="133"/>
        <source>The loyalty service cannot be reached right now. Please try again later.</source>
        <translation>The loyalty service cannot be reached right now. Please try again later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="136"/>
        <source>Something went wrong. Please try again later.</source>
        <translation>Something went wrong. Please try again later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="138"/>
        <source>Support: %1</source>
        <translation>Support: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="142"/>
        <source>Wrong code. Tries left: %n.</source>
        <translation>
            <numerusform>Wrong code. Tries left: %n.</numerusform>
            <numerusform>Wrong code. Tries left: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="145"/>
        <source>New code in %1</source>
        <translation>New code in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="151"/>
        <source>Start again with a new code</source>
        <translation>Start again with a new code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="153"/>
        <source>No more codes can be sent</source>
        <translation>No more codes can be sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="155"/>
        <source>Send a new code</source>
        <translation>Send a new code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="159"/>
        <source>A new code has been sent.</source>
        <translation>A new code has been sent.</translation>
    </message>
</context>
</TS>
