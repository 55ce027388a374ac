<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddCardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="124"/>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="126"/>
        <source>Cards on your account (%1 of %2):</source>
        <translation>Cards on your account (%1 of %2):</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="177"/>
        <source>Моцная картка partner card</source>
        <translation>Моцная картка partner card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="184"/>
        <source>Phone number of your account</source>
        <translation>Phone number of your account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="186"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="188"/>
        <source>Number of the card to add (13 digits)</source>
        <translation>Number of the card to add (13 digits)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="190"/>
        <source>Forgot the password? Get an SMS code instead</source>
        <translation>Forgot the password? Get an SMS code instead</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="191"/>
        <source>Add another card</source>
        <translation>Add another card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="194"/>
        <source>Add a card to your account</source>
        <translation>Add a card to your account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="195"/>
        <source>Enter the code from the SMS</source>
        <translation>Enter the code from the SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="196"/>
        <source>Scan the card to add</source>
        <translation>Scan the card to add</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="200"/>
        <source>Sign in with your phone number and password.</source>
        <translation>Sign in with your phone number and password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="201"/>
        <source>The code confirms that the account is yours.</source>
        <translation>The code confirms that the account is yours.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="203"/>
        <source>Hold its barcode under the scanner, or type the 13 digits printed under it. Моцная картка partner cards can be added too.</source>
        <translation>Hold its barcode under the scanner, or type the 13 digits printed under it. Моцная картка partner cards can be added too.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="216"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="217"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="218"/>
        <source>Add the card</source>
        <translation>Add the card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="219"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>AddCardWizard</name>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="100"/>
        <source>The card %1 is already on your account.</source>
        <translation>The card %1 is already on your account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="103"/>
        <source>The card %1 now collects bonus points on your account.</source>
        <translation>The card %1 now collects bonus points on your account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="98"/>
        <source>The card is added</source>
        <translation>The card is added</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="109"/>
        <source>Your account already has %1 cards, the most allowed:</source>
        <translation>Your account already has %1 cards, the most allowed:</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="106"/>
        <source>The card %1 could not be added</source>
        <translation>The card %1 could not be added</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/attract.py" line="88"/>
        <source>Today: %1% off everything — %2</source>
        <extracomment>Large text or high contrast tapped: the reading aids the shopper wants now.</extracomment>
        <translation>Today: %1% off everything — %2</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="34"/>
        <source>Loyalty card</source>
        <translation>Loyalty card</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="79"/>
        <source>A+  Larger text</source>
        <translation>A+  Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="87"/>
        <source>◐  High contrast</source>
        <translation>◐  High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="131"/>
        <source>Scan your card</source>
        <translation>Scan your card</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="139"/>
        <source>Hold the barcode of your loyalty card under the scanner to see your bonus points and personal offers</source>
        <translation>Hold the barcode of your loyalty card under the scanner to see your bonus points and personal offers</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/attract.py" line="118"/>
        <source>Hold the card&apos;s barcode under the scanner</source>
        <translation>Hold the card&apos;s barcode under the scanner</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="183"/>
        <source>Enter the card number</source>
        <translation>Enter the card number</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="190"/>
        <source>About the program</source>
        <translation>About the program</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="197"/>
        <source>Register a card</source>
        <translation>Register a card</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="146"/>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="150"/>
        <source>worth %1 towards your purchases</source>
        <translation>worth %1 towards your purchases</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="160"/>
        <source>Your card</source>
        <translation>Your card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="175"/>
        <source>Card-holder prices apply to your purchases at the checkout.</source>
        <translation>Card-holder prices apply to your purchases at the checkout.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="186"/>
        <source>Card active</source>
        <translation>Card active</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="188"/>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="190"/>
        <source>Card blocked</source>
        <translation>Card blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="191"/>
        <source>Not activated</source>
        <translation>Not activated</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="197"/>
        <source>Motsnaya Kartka</source>
        <translation>Motsnaya kartka</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="195"/>
        <source>this card</source>
        <translation>this card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="199"/>
        <source>store card</source>
        <translation>store card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="201"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="207"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Today: %1% off everything — %2</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="66"/>
        <source>Bonus points</source>
        <translation>Bonus points</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="107"/>
        <source>Personal offers</source>
        <translation>Personal offers</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="128"/>
        <source>No personal offers right now. They appear here when the store prepares something for you.</source>
        <translation>No personal offers right now. They appear here when the store prepares something for you.</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="145"/>
        <source>Cards on your account</source>
        <translation>Cards on your account</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="168"/>
        <source>Add a card</source>
        <translation>Add a card</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="181"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="182"/>
        <source>Your account already has %1 cards, the most allowed: no more can be added.</source>
        <translation>Your account already has %1 cards, the most allowed: no more can be added.</translation>
    </message>
</context>
<context>
    <name>CashierScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="152"/>
        <source>The PIN does not match this badge. Tries left before the badge is locked: %n</source>
        <extracomment>A sign-in problem with its attempts left and minutes (either may be unknown). Room above and below a row&apos;s &quot;Register this card&quot; button (half the gap between two). A button&apos;s words on two lines take about this share of its one-line width. Results whose row offers &quot;Register this card&quot; (the card is sold and issued). Rows a cashier must look at: shown in bold. &quot;Register this card&quot; on a row (the row&apos;s index). The still-here question: the cashier tapped (stayed) or let it run out (expired). Asked when the kiosk&apos;s idle time runs out on this screen (set by the driver).</extracomment>
        <translation>
            <numerusform>The PIN does not match this badge. %n try left before the badge is locked.</numerusform>
            <numerusform>The PIN does not match this badge. %n tries left before the badge is locked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="156"/>
        <source>The PIN does not match this badge. Try again.</source>
        <translation>The PIN does not match this badge. Try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="159"/>
        <source>Too many wrong PINs: this badge is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs: this badge is locked. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs: this badge is locked. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="165"/>
        <source>Too many wrong PINs at this kiosk. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs at this kiosk. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs at this kiosk. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="169"/>
        <source>The loyalty service does not accept this kiosk. Call the service engineer.</source>
        <translation>The loyalty service does not accept this kiosk. Call the service engineer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="173"/>
        <source>The loyalty service cannot be reached, so the PIN cannot be checked. Try again in a minute.</source>
        <translation>The loyalty service cannot be reached, so the PIN cannot be checked. Try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="176"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>The PIN could not be checked. Try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="255"/>
        <source>Register this card</source>
        <translation>Register this card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="290"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="291"/>
        <source>Queued: the loyalty service is unreachable, will be sent</source>
        <translation>Queued: the loyalty service is unreachable, will be sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="292"/>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="293"/>
        <source>Already activated</source>
        <translation>Already activated</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="294"/>
        <source>Already activated and registered</source>
        <translation>Already activated and registered</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="295"/>
        <source>Unknown card</source>
        <translation>Unknown card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="296"/>
        <source>Card blocked</source>
        <translation>Card blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="297"/>
        <source>Not a card of ours</source>
        <translation>Not a card of ours</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="298"/>
        <source>Refused by the loyalty service</source>
        <translation>Refused by the loyalty service</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="299"/>
        <source>Not recorded: the terminal&apos;s disk is full</source>
        <translation>Not recorded: the terminal&apos;s disk is full</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="301"/>
        <source>Not recorded: the terminal cannot save it now; call the service engineer</source>
        <translation>Not recorded: the terminal cannot save it now; call the service engineer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="308"/>
        <source>Activated in this session: %n</source>
        <translation>
            <numerusform>Activated in this session: %n</numerusform>
            <numerusform>Activated in this session: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="310"/>
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Waiting to be sent: %n</numerusform>
            <numerusform>Waiting to be sent: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="333"/>
        <source>This code is not a card. Scan the barcode on the card.</source>
        <translation>This code is not a card. Scan the barcode on the card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="363"/>
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
        <location filename="../../kiosk/qt/widgets/code_entry.py" line="96"/>
        <source>We sent a code to %1</source>
        <extracomment>The SMS code page&apos;s buttons go beside the code field when the page is at least this many times as wide as the field&apos;s least width (room for the two buttons, on two lines at most). The code field&apos;s widest, alone on its row.</extracomment>
        <translation>We sent a code to %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/code_entry.py" line="118"/>
        <source>Change the number</source>
        <translation>Change the number</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="176"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="176"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="176"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="179"/>
        <source>Ten years later</source>
        <translation>Ten years later</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="180"/>
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
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="462"/>
        <source>Service mode is locked for a few minutes after wrong PINs.</source>
        <translation>Service mode is locked for a few minutes after wrong PINs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="450"/>
        <source>This code is not recognised. Please scan a card or a product again.</source>
        <extracomment>The loading screen appears only when an answer takes longer than this. Program information (today&apos;s discount) is fetched again this often. After a failed background fetch of the program (or of the barcode nomenclature) the next try comes this much later, doubling after each failure up to PROGRAM_RETRY_MAX_MS (or later, when the central&apos;s Retry-After says so, up to that too): a short outage at boot must not cost the start screen today&apos;s discount, or the scanner the central&apos;s rules, for 30 minutes. Screens where the shopper may wait for a quick answer: they stay up for the first SPINNER_DELAY_MS instead of flashing the loading screen. The service screen&apos;s &quot;leave kiosk mode&quot; was confirmed: the application should quit. The central&apos;s barcode nomenclature is in use now; with its shortest code length (the keyboard-wedge scanner&apos;s fewest keys of a scan). Large text or high contrast turned on or off: the theme re-renders the stylesheet. Ends of sessions so far (the demo panel&apos;s SMS are forgotten at each). Asks again which demo SMS are old when the central could not say (the demo&apos;s link was cut): before the next shopper&apos;s code can go out, not at the next read. Fires the next try after a failed background fetch of the program. Fires the next try after a failed background fetch of the barcode nomenclature.</extracomment>
        <translation>This code is not recognised. Please scan a card or a product again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="454"/>
        <source>Coupons and receipts are accepted at the checkout, not here.</source>
        <translation>Coupons and receipts are accepted at the checkout, not here.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="433"/>
        <source>This is a staff badge. Finish or cancel adding the card first, then scan the badge on the start screen.</source>
        <translation>This is a staff badge. Finish or cancel adding the card first, then scan the badge on the start screen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="438"/>
        <source>This is a staff badge. Finish or cancel the registration first, then scan the badge on the start screen.</source>
        <translation>This is a staff badge. Finish or cancel the registration first, then scan the badge on the start screen.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="339"/>
        <source>Demo cards and SMS</source>
        <extracomment>How long a notice (&quot;could not read the card&quot;) stays up. Size of the window in --windowed mode (development on a desktop). What the window holds: the composition root&apos;s screens (kiosk.qt.screens.base.Screen, which the shell may not import). The window needs no more of them than widgets; its owner, the controller, asks more of what it gets back. The window&apos;s new width and height: the theme derives its sizes from them. Another screen is on display. Each screen sits in a scroll area of its own: a screen that needs more height than the window has (large text on a small screen) scrolls instead of being cut off.</extracomment>
        <translation>Demo cards and SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="340"/>
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
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="52"/>
        <source>A card number has 13 digits. Please check and complete it.</source>
        <translation>A card number has 13 digits. Please check and complete it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="54"/>
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
        <location filename="../../kiosk/qt/screens/message.py" line="128"/>
        <source>Back to start</source>
        <extracomment>The countdown of a Retry-After moves once a second. The primary button: &quot;Register the card&quot; (not registered) or &quot;Try again&quot; (error). Seconds until &quot;try again&quot; may be pressed (the central&apos;s Retry-After); 0: now.</extracomment>
        <translation>Back to start</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="128"/>
        <location filename="../../ui/message.ui" line="99"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="134"/>
        <source>This card is not registered yet</source>
        <translation>This card is not registered yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="136"/>
        <source>Card-holder prices already work with it. Register the card to collect bonus points and get personal offers.</source>
        <translation>Card-holder prices already work with it. Register the card to collect bonus points and get personal offers.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="139"/>
        <source>Register the card</source>
        <translation>Register the card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="143"/>
        <source>We could not find this card</source>
        <translation>We could not find this card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="145"/>
        <source>It is not a card of our loyalty program, or it has not been activated yet. If you have just bought it, please ask the cashier to activate it.</source>
        <translation>It is not a card of our loyalty program, or it has not been activated yet. If you have just bought it, please ask the cashier to activate it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="152"/>
        <source>This card is blocked</source>
        <translation>This card is blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="154"/>
        <source>It cannot be used for points or card-holder prices. Please ask the cashier or call support.</source>
        <translation>It cannot be used for points or card-holder prices. Please ask the cashier or call support.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="160"/>
        <source>The loyalty service is taking too long to answer</source>
        <translation>The loyalty service is taking too long to answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="162"/>
        <source>No connection to the loyalty service</source>
        <translation>No connection to the loyalty service</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="164"/>
        <source>The loyalty service is busy right now</source>
        <translation>The loyalty service is busy right now</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="170"/>
        <source>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in %1 s.</source>
        <translation>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in %1 s.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="166"/>
        <source>The loyalty service could not answer</source>
        <translation>The loyalty service could not answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="177"/>
        <source>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in a few minutes or ask the cashier.</source>
        <translation>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in a few minutes or ask the cashier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="180"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="185"/>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="187"/>
        <source>free calls</source>
        <translation>free calls</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="189"/>
        <source>Support: %1 (%2)</source>
        <translation>Support: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="177"/>
        <source>Backspace</source>
        <extracomment>Smallest side of a key on the reference screen (kiosk.core.display.metrics.REFERENCE_SIZE): a thumb. Keys get their size from the stylesheet, which scales it to the screen (never under 9 mm). The dynamic property the stylesheet uses to drop the pressed highlight. On a portrait screen a keypad page&apos;s keypad takes at least these shares of the screen&apos;s width and height (grow_in_portrait): bigger keys where the landscape sizes would leave the lower half of a tall screen empty.</extracomment>
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
        <location filename="../../kiosk/qt/input/keyboard.py" line="327"/>
        <source>RU</source>
        <extracomment>Letter rows per layout. Belarusian: і for и, ў for щ, the apostrophe for ъ. Digits and what emails and passwords need. Keys on the bottom row of every letter page, between the language key and space. Keys on the bottom row of every letter page, after space (an email needs them often). What the symbols page&apos;s letters key says: the letters it returns to. Dynamic property a field can carry to be treated like a password (e.g. an SMS code). The quiet state its keys were last styled with (None: not yet).</extracomment>
        <translation>RUS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="328"/>
        <source>BE</source>
        <translation>BEL</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="329"/>
        <source>EN</source>
        <translation>ENG</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="341"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="341"/>
        <source>Digits and symbols</source>
        <translation>Digits and symbols</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="343"/>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="344"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="345"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="346"/>
        <source>Keyboard language</source>
        <translation>Keyboard language</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="348"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
</context>
<context>
    <name>PhoneInput</name>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="108"/>
        <source>Belarus</source>
        <extracomment>How a national mobile number is grouped as it is typed: &apos;29 765-43-21&apos;, &apos;912 345-67-89&apos;. Most digits a phone field takes (with a trunk prefix: &apos;8 029 ...&apos;). The widest number the field shows, grouped as typed (&apos;29 765-43-21&apos;, &apos;912 345-67-89&apos;).</extracomment>
        <translation>Belarus</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="109"/>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="111"/>
        <source>912 345-67-89</source>
        <translation>912 345-67-89</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="111"/>
        <source>29 123-45-67</source>
        <translation>29 123-45-67</translation>
    </message>
</context>
<context>
    <name>PriceScreen</name>
    <message>
        <location filename="../../ui/price.ui" line="38"/>
        <source>Price check</source>
        <translation>Price check</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="71"/>
        <source>Regular price</source>
        <translation>Regular price</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="164"/>
        <source>No discount when paying with an installment card such as «Халва».</source>
        <translation>No discount when paying with an installment card such as «Халва».</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="195"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="181"/>
        <source>Code %1</source>
        <extracomment>The currency beside a price is half the price&apos;s size (QLabel[role=&quot;price&quot;] in the stylesheet). The currency&apos;s size when the price label&apos;s font gives no pixel size. Narrower than this (768 px landscape would be), the two prices stand one above the other. The dynamic property that makes the prices larger on a portrait screen (the stylesheet&apos;s QLabel[role=&quot;price&quot;][tall=&quot;true&quot;]), where they stand one above the other. On a portrait screen the room between the parts of the answer, and inside a price&apos;s panel (left, top, right, bottom), is larger than the form&apos;s (which is for landscape). The form&apos;s spacing and panel margins, for a landscape screen.</extracomment>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="212"/>
        <source>Shelf tag: %1</source>
        <translation>Shelf tag: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="219"/>
        <source>Your price with your card</source>
        <translation>Your price with your card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="219"/>
        <source>Card price</source>
        <translation>Card price</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="224"/>
        <source>You save %1 (%2%)</source>
        <translation>You save %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="226"/>
        <source>A card saves %1 (%2%)</source>
        <translation>A card saves %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="237"/>
        <source>%1 today: −%2% on the whole range, already in these prices.</source>
        <translation>%1 today: −%2% on the whole range, already in these prices.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="243"/>
        <source>Show your card at the checkout and the card price is yours.</source>
        <translation>Show your card at the checkout and the card price is yours.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="246"/>
        <source>This product has one price for everyone. Scan your card to check another product, or register a card at this kiosk.</source>
        <translation>This product has one price for everyone. Scan your card to check another product, or register a card at this kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="251"/>
        <source>Scan your card to see your price. No card yet? Register one at this kiosk: card prices work from the first purchase.</source>
        <translation>Scan your card to see your price. No card yet? Register one at this kiosk: card prices work from the first purchase.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="259"/>
        <source>Ask at the counter for this item&apos;s price</source>
        <translation>Ask at the counter for this item&apos;s price</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="261"/>
        <source>Weighed goods and items made in the store are priced on their label or at the counter.</source>
        <translation>Weighed goods and items made in the store are priced on their label or at the counter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="267"/>
        <source>Prices cannot be checked right now</source>
        <translation>Prices cannot be checked right now</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="269"/>
        <source>Please look at the shelf tag or ask a cashier, or try again in a few minutes.</source>
        <translation>Please look at the shelf tag or ask a cashier, or try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="273"/>
        <source>No price for this product</source>
        <translation>No price for this product</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="274"/>
        <source>Please ask a cashier: they will check the price for you.</source>
        <translation>Please ask a cashier: they will check the price for you.</translation>
    </message>
</context>
<context>
    <name>ProgramScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="77"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Today: %1% off everything — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="83"/>
        <source>%1: %2% off everything — %3</source>
        <translation>%1: %2% off everything — %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="101"/>
        <source>Rules version %1.</source>
        <translation>Rules version %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="111"/>
        <source>Taxpayer number (UNP): %1</source>
        <translation>Taxpayer number (UNP): %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="119"/>
        <source>Phone: %1 (%2)</source>
        <translation>Phone: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="123"/>
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
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="345"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="347"/>
        <source>Card number (13 digits under the barcode)</source>
        <translation>Card number (13 digits under the barcode)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="348"/>
        <source>Mobile phone number</source>
        <translation>Mobile phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="349"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="350"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="351"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="352"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="353"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="354"/>
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="355"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="356"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="357"/>
        <source>The same password again</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="363"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="364"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="371"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="372"/>
        <source>Send the code</source>
        <translation>Send the code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="373"/>
        <source>Use another phone number</source>
        <translation>Use another phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="380"/>
        <source>Scan the card you want to register</source>
        <translation>Scan the card you want to register</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="381"/>
        <source>Your mobile phone number</source>
        <translation>Your mobile phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="382"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="383"/>
        <source>Gender and date of birth</source>
        <translation>Gender and date of birth</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="384"/>
        <source>Address and email</source>
        <translation>Address and email</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="385"/>
        <source>Choose a password</source>
        <translation>Choose a password</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="386"/>
        <source>Program rules</source>
        <translation>Program rules</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="387"/>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="389"/>
        <source>Enter the code from the SMS</source>
        <translation>Enter the code from the SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="388"/>
        <source>This phone number already has an account</source>
        <translation>This phone number already has an account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="390"/>
        <source>Registration complete</source>
        <translation>Registration complete</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="367"/>
        <source>I accept the program rules (version %1)</source>
        <translation>I accept the program rules (version %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="391"/>
        <source>The card is added to your account</source>
        <translation>The card is added to your account</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="395"/>
        <source>Hold the barcode on the back of the card under the scanner, or type the 13 digits printed under it.</source>
        <translation>Hold the barcode on the back of the card under the scanner, or type the 13 digits printed under it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="399"/>
        <source>The confirmation code comes to this number by SMS. It is also your login.</source>
        <translation>The confirmation code comes to this number by SMS. It is also your login.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="401"/>
        <source>As in your passport.</source>
        <translation>As in your passport.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="402"/>
        <source>On your birthday you get a personal offer.</source>
        <translation>On your birthday you get a personal offer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="403"/>
        <source>For news and offers of the program.</source>
        <translation>For news and offers of the program.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="404"/>
        <source>You sign in with your phone number and this password.</source>
        <translation>You sign in with your phone number and this password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="406"/>
        <source>Read the rules (swipe to scroll) and confirm that you accept them.</source>
        <translation>Read the rules (swipe to scroll) and confirm that you accept them.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="408"/>
        <source>The code is valid for 10 minutes.</source>
        <translation>The code is valid for 10 minutes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="410"/>
        <source>You can add this card to that account. We will send a code to its phone.</source>
        <translation>You can add this card to that account. We will send a code to its phone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="412"/>
        <source>The code confirms that the account is yours.</source>
        <translation>The code confirms that the account is yours.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="417"/>
        <source>This card cannot be registered here</source>
        <translation>This card cannot be registered here</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="425"/>
        <source>Bonus points are collected from now on.</source>
        <translation>Bonus points are collected from now on.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="427"/>
        <source>Your card is active, bonus points are collected from now on.</source>
        <translation>Your card is active, bonus points are collected from now on.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="432"/>
        <source>Add this card to the account of this phone number? Its points will be collected there.</source>
        <translation>Add this card to the account of this phone number? Its points will be collected there.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="438"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="444"/>
        <source>Get the SMS code</source>
        <translation>Get the SMS code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="446"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="448"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="458"/>
        <source>You are registering the card %1.</source>
        <translation>You are registering the card %1.</translation>
    </message>
</context>
<context>
    <name>ServicePinScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/service_pin.py" line="48"/>
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
        <location filename="../../kiosk/qt/screens/service.py" line="188"/>
        <source>Demo (embedded service, demo data)</source>
        <extracomment>The screen came up: its driver refreshes what it shows. Whether the serial scanner&apos;s port is open; None: no serial scanner (no line for it).</extracomment>
        <translation>Demo (embedded service, demo data)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="188"/>
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
        <location filename="../../ui/service.ui" line="387"/>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="400"/>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="191"/>
        <source>Asking…</source>
        <translation>Asking…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="193"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="195"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="197"/>
        <source>%1 (last good answer %2)</source>
        <translation>%1 (last good answer %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="199"/>
        <source>%1 (no good answer since the start)</source>
        <translation>%1 (no good answer since the start)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="203"/>
        <source>Keyboard-wedge (USB) scanner</source>
        <translation>Keyboard-wedge (USB) scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="204"/>
        <source>Serial scanner on %1</source>
        <translation>Serial scanner on %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="205"/>
        <source>Keyboard-wedge scanner and serial scanner on %1</source>
        <translation>Keyboard-wedge scanner and serial scanner on %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="209"/>
        <source>No scan since the start</source>
        <translation>No scan since the start</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="213"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="221"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="221"/>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="226"/>
        <source>Scan any code: its kind shows here</source>
        <translation>Scan any code: its kind shows here</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="228"/>
        <source>Staff badge</source>
        <translation>Staff badge</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="229"/>
        <source>Card of the chain</source>
        <translation>Card of the chain</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="230"/>
        <source>Partner card (Моцная картка)</source>
        <translation>Partner card (Моцная картка)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="231"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="232"/>
        <source>In-store or weighed-goods code</source>
        <translation>In-store or weighed-goods code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="233"/>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="234"/>
        <source>Refund receipt</source>
        <translation>Refund receipt</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="235"/>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="245"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="249"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/service.py" line="252"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="256"/>
        <source>Not available: %1</source>
        <translation>Not available: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="308"/>
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
        <location filename="../../kiosk/qt/screens/service.py" line="261"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="314"/>
        <source>unknown card</source>
        <translation>unknown card</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="315"/>
        <source>card blocked</source>
        <translation>card blocked</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="316"/>
        <source>not a card of ours</source>
        <translation>not a card of ours</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="319"/>
        <source>refused (%1)</source>
        <translation>refused (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="328"/>
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
        <location filename="../../ui/service.ui" line="155"/>
        <source>Last scan</source>
        <translation>Last scan</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="169"/>
        <source>Scanner test</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="194"/>
        <source>Run the self-check</source>
        <translation>Run the self-check</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="225"/>
        <source>Activations waiting</source>
        <translation>Activations waiting</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="239"/>
        <source>Oldest waiting</source>
        <translation>Oldest waiting</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="253"/>
        <source>Refused activations</source>
        <translation>Refused activations</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="267"/>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="294"/>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="299"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="307"/>
        <source>Language of the kiosk</source>
        <translation>Language of the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="352"/>
        <source>Leave kiosk mode? Shoppers cannot use the terminal until the kiosk is started again.</source>
        <translation>Leave kiosk mode? Shoppers cannot use the terminal until the kiosk is started again.</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="359"/>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="366"/>
        <source>Yes, leave</source>
        <translation>Yes, leave</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="231"/>
        <source>The self-check could not run (%1).</source>
        <translation>The self-check could not run (%1).</translation>
    </message>
</context>
<context>
    <name>StillHereOverlay</name>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="139"/>
        <source>Are you still here?</source>
        <translation>Are you still here?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/shell/still_here.py" line="135"/>
        <source>Everything you typed will be cleared in %n seconds.</source>
        <extracomment>Seconds the shopper gets to ask for more time (config: [kiosk] still_here_seconds). One second of the countdown.</extracomment>
        <translation>
            <numerusform>Everything you typed will be cleared in %n second.</numerusform>
            <numerusform>Everything you typed will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="141"/>
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
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="35"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="37"/>
        <source>This is not a card number. Check the 13 digits under the barcode.</source>
        <translation>This is not a card number. Check the 13 digits under the barcode.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="39"/>
        <source>This phone number is not complete or not valid.</source>
        <translation>This phone number is not complete or not valid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="41"/>
        <source>Please enter a mobile number: the code comes by SMS.</source>
        <translation>Please enter a mobile number: the code comes by SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="44"/>
        <source>Only Belarusian (+375) and Russian (+7) mobile numbers are accepted.</source>
        <translation>Only Belarusian (+375) and Russian (+7) mobile numbers are accepted.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="48"/>
        <source>Use letters only; a hyphen, an apostrophe or a space may join words.</source>
        <translation>Use letters only; a hyphen, an apostrophe or a space may join words.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="51"/>
        <source>At most %n characters, please.</source>
        <translation>
            <numerusform>At most %n character, please.</numerusform>
            <numerusform>At most %n characters, please.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="53"/>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="55"/>
        <source>The program is open from the age of %n.</source>
        <translation>
            <numerusform>The program is open from the age of %n.</numerusform>
            <numerusform>The program is open from the age of %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="57"/>
        <source>Please check the year of birth.</source>
        <translation>Please check the year of birth.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="59"/>
        <source>This email address is not valid, e.g. name@mail.by.</source>
        <translation>This email address is not valid, e.g. name@mail.by.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="61"/>
        <source>The address is too long.</source>
        <translation>The address is too long.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="63"/>
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="65"/>
        <source>The password is too long.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="67"/>
        <source>The password needs at least one letter.</source>
        <translation>The password needs at least one letter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="69"/>
        <source>The password needs at least one digit.</source>
        <translation>The password needs at least one digit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="71"/>
        <source>The two passwords differ. Please type the same password twice.</source>
        <translation>The two passwords differ. Please type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="73"/>
        <source>Please accept the program rules to register.</source>
        <translation>Please accept the program rules to register.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="74"/>
        <source>Please check this field.</source>
        <translation>Please check this field.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="80"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="82"/>
        <source>, with at least one letter and one digit.</source>
        <translation>, with at least one letter and one digit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="84"/>
        <source>, with at least one letter.</source>
        <translation>, with at least one letter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="86"/>
        <source>, with at least one digit.</source>
        <translation>, with at least one digit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="95"/>
        <source>This phone number already has an account.</source>
        <translation>This phone number already has an account.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="98"/>
        <source>This card is already registered. Scan it on the start screen to see its balance.</source>
        <translation>This card is already registered. Scan it on the start screen to see its balance.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="102"/>
        <source>This card is blocked. Please ask the cashier.</source>
        <translation>This card is blocked. Please ask the cashier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="105"/>
        <source>This card has not been sold yet. Please ask the cashier to activate it.</source>
        <translation>This card has not been sold yet. Please ask the cashier to activate it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="108"/>
        <source>We do not know this card. Check the number or ask the cashier.</source>
        <translation>We do not know this card. Check the number or ask the cashier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="110"/>
        <source>Your account already has the most cards allowed.</source>
        <translation>Your account already has the most cards allowed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="112"/>
        <source>This card belongs to another account and cannot be added to yours.</source>
        <translation>This card belongs to another account and cannot be added to yours.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="114"/>
        <source>Wrong code.</source>
        <translation>Wrong code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="116"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>The code has expired. Ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="118"/>
        <source>This code has already been used. Please start again.</source>
        <translation>This code has already been used. Please start again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="120"/>
        <source>Too many wrong codes. Please start again.</source>
        <translation>Too many wrong codes. Please start again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="122"/>
        <source>No more codes can be sent now. Please try again later.</source>
        <translation>No more codes can be sent now. Please try again later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="124"/>
        <source>A new code can be sent a little later.</source>
        <translation>A new code can be sent a little later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="126"/>
        <source>Wrong phone number or password.</source>
        <translation>Wrong phone number or password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="128"/>
        <source>You were signed out after a while. Please sign in again.</source>
        <translation>You were signed out after a while. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="130"/>
        <source>Too many tries. Please wait a few minutes and try again.</source>
        <translation>Too many tries. Please wait a few minutes and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="133"/>
        <source>The loyalty service cannot be reached right now. Please try again later.</source>
        <translation>The loyalty service cannot be reached right now. Please try again later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="136"/>
        <source>Something went wrong. Please try again later.</source>
        <translation>Something went wrong. Please try again later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="138"/>
        <source>Support: %1</source>
        <translation>Support: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="142"/>
        <source>Wrong code. Tries left: %n.</source>
        <translation>
            <numerusform>Wrong code. Tries left: %n.</numerusform>
            <numerusform>Wrong code. Tries left: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="145"/>
        <source>New code in %1</source>
        <translation>New code in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="151"/>
        <source>Start again with a new code</source>
        <translation>Start again with a new code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="153"/>
        <source>No more codes can be sent</source>
        <translation>No more codes can be sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="155"/>
        <source>Send a new code</source>
        <translation>Send a new code</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="159"/>
        <source>A new code has been sent.</source>
        <translation>A new code has been sent.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="43"/>
        <source>%1 is valid</source>
        <translation>%1 is valid</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="61"/>
        <source>reachable, but the terminal token was rejected (401); check [central] token and terminal_id</source>
        <translation>reachable, but the terminal token was rejected (401); check [central] token and terminal_id</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="70"/>
        <source>no answer in time (%1)</source>
        <translation>no answer in time (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="74"/>
        <source>unreachable (%1)</source>
        <translation>unreachable (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="80"/>
        <source>answered with an error (%1)</source>
        <translation>answered with an error (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="87"/>
        <source>reachable, terminal token accepted (rules %1) in %2 ms</source>
        <translation>reachable, terminal token accepted (rules %1) in %2 ms</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="110"/>
        <source>plain http on this machine (loopback), not sent out</source>
        <translation>plain http on this machine (loopback), not sent out</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="119"/>
        <source>not encrypted: the central address is http://; use https:// in stores</source>
        <translation>not encrypted: the central address is http://; use https:// in stores</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="144"/>
        <source>certificate of %1 verified (%2)</source>
        <translation>certificate of %1 verified (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="149"/>
        <source>certificate of %1 verified (%2), expires %3: in %4 days, renew it</source>
        <translation>certificate of %1 verified (%2), expires %3: in %4 days, renew it</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="155"/>
        <source>certificate of %1 verified (%2), expires %3</source>
        <translation>certificate of %1 verified (%2), expires %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="162"/>
        <source>TLS handshake with %1 not done within %2 s</source>
        <translation>TLS handshake with %1 not done within %2 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="165"/>
        <source>certificate of %1 not accepted: %2</source>
        <translation>certificate of %1 not accepted: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="168"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS handshake with %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="170"/>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="204"/>
        <source>serial port %1 does not open (%2); is the scanner plugged in, and may the kiosk&apos;s user open it (group dialout)?</source>
        <translation>serial port %1 does not open (%2); is the scanner plugged in, and may the kiosk&apos;s user open it (group dialout)?</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="211"/>
        <source>serial scanner port %1 opens (%2 baud)</source>
        <translation>serial scanner port %1 opens (%2 baud)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="221"/>
        <source>keyboard-wedge scanner configured (scans of %1+ characters, average key gap &lt;= %2 ms)</source>
        <translation>keyboard-wedge scanner configured (scans of %1+ characters, average key gap &lt;= %2 ms)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="235"/>
        <source>%1, but no USB keyboard-type device is connected; plug in the scanner</source>
        <translation>%1, but no USB keyboard-type device is connected; plug in the scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="239"/>
        <source>%1; devices: %2</source>
        <translation>%1; devices: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="257"/>
        <source>cannot tell the free space at %1: %2</source>
        <translation>cannot tell the free space at %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="261"/>
        <source>log folder %1 cannot be written; the kiosk will log to stderr (the journal) only (%2 MB free)</source>
        <translation>log folder %1 cannot be written; the kiosk will log to stderr (the journal) only (%2 MB free)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="268"/>
        <source>only %1 MB free at %2 (below %3 MB); clean up the disk</source>
        <translation>only %1 MB free at %2 (below %3 MB); clean up the disk</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="273"/>
        <source>%1 MB free at %2</source>
        <translation>%1 MB free at %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="288"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="289"/>
        <source>the outbox file, its -wal/-shm file or its folder is read-only</source>
        <translation>the outbox file, its -wal/-shm file or its folder is read-only</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="292"/>
        <source>the outbox file or its folder cannot be opened (permissions?)</source>
        <translation>the outbox file or its folder cannot be opened (permissions?)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="295"/>
        <source>another program holds the outbox database locked</source>
        <translation>another program holds the outbox database locked</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="298"/>
        <source>the outbox file could not be read or written</source>
        <translation>the outbox file could not be read or written</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="301"/>
        <source>the outbox file is damaged</source>
        <translation>the outbox file is damaged</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="302"/>
        <source>the outbox file holds fewer rows than recorded</source>
        <translation>the outbox file holds fewer rows than recorded</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="315"/>
        <source>none yet at %1; the kiosk makes it at start</source>
        <translation>none yet at %1; the kiosk makes it at start</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="319"/>
        <source>%1: quick_check ok, %2 queued, %3 refused</source>
        <translation>%1: quick_check ok, %2 queued, %3 refused</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="322"/>
        <source>%1: quick_check ok, %2 queued, %3 refused (the oldest %4 min ago)</source>
        <translation>%1: quick_check ok, %2 queued, %3 refused (the oldest %4 min ago)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="330"/>
        <source>%1 is damaged (%2): the kiosk will set it aside (%3 activations recorded in it) and start a new one</source>
        <translation>%1 is damaged (%2): the kiosk will set it aside (%3 activations recorded in it) and start a new one</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="336"/>
        <source>%1 is damaged (%2): the kiosk will set it aside and start a new one</source>
        <translation>%1 is damaged (%2): the kiosk will set it aside and start a new one</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="342"/>
        <source>%1 holds %2 and %3 where %4 queued and %5 refused were recorded beside it (a damaged WAL or an emptied file): the kiosk will keep a copy of it and say so</source>
        <translation>%1 holds %2 and %3 where %4 queued and %5 refused were recorded beside it (a damaged WAL or an emptied file): the kiosk will keep a copy of it and say so</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="349"/>
        <source>%1: %2, where %3 queued and %4 refused were recorded beside it (a damaged WAL or an emptied file): the kiosk will keep a copy of it and say so</source>
        <translation>%1: %2, where %3 queued and %4 refused were recorded beside it (a damaged WAL or an emptied file): the kiosk will keep a copy of it and say so</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="360"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="363"/>
        <source>%1: %2 (%3); no cashier scan can be recorded</source>
        <translation>%1: %2 (%3); no cashier scan can be recorded</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="365"/>
        <source>%1: %2 (%3); %4 queued and %5 refused are kept, but no cashier scan can be recorded</source>
        <translation>%1: %2 (%3); %4 queued and %5 refused are kept, but no cashier scan can be recorded</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="383"/>
        <source>no answer from the central (%1)</source>
        <translation>no answer from the central (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="390"/>
        <source>the central&apos;s answer has no usable Date header</source>
        <translation>the central&apos;s answer has no usable Date header</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="396"/>
        <source>terminal clock %1 s behind the central&apos;s</source>
        <translation>terminal clock %1 s behind the central&apos;s</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="398"/>
        <source>terminal clock %1 s ahead of the central&apos;s</source>
        <translation>terminal clock %1 s ahead of the central&apos;s</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="401"/>
        <source>%1 (more than %2 s); fix time sync (NTP)</source>
        <translation>%1 (more than %2 s); fix time sync (NTP)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="422"/>
        <source>%1: %2 missing or unreadable</source>
        <translation>%1: %2 missing or unreadable</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="425"/>
        <source>%1: %2 holds no translations</source>
        <translation>%1: %2 holds no translations</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="428"/>
        <source>%1: %2 is a %3 translation</source>
        <translation>%1: %2 is a %3 translation</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="432"/>
        <source>%1 load</source>
        <translation>%1 load</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="457"/>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="469"/>
        <source>stylesheet %1: %2</source>
        <translation>stylesheet %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="481"/>
        <source>image %1 does not load</source>
        <translation>image %1 does not load</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="486"/>
        <source>font %1 does not load</source>
        <translation>font %1 does not load</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="495"/>
        <source>stylesheet parses, images: %1, fonts: %2 load</source>
        <translation>stylesheet parses, images: %1, fonts: %2 load</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="505"/>
        <source>looking up %1 failed: %2</source>
        <translation>looking up %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="509"/>
        <source>unexpected answer for %1: status %2, account present</source>
        <translation>unexpected answer for %1: status %2, account present</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="513"/>
        <source>unexpected answer for %1: status %2, account missing</source>
        <translation>unexpected answer for %1: status %2, account missing</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="518"/>
        <source>%1: active partner card, %2 points</source>
        <translation>%1: active partner card, %2 points</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="520"/>
        <source>%1: active own card, %2 points</source>
        <translation>%1: active own card, %2 points</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="31"/>
        <source>config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="32"/>
        <source>central</source>
        <translation>Central service</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="33"/>
        <source>tls</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="34"/>
        <source>scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="35"/>
        <source>disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="36"/>
        <source>outbox</source>
        <translation>Activation outbox</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="37"/>
        <source>clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="38"/>
        <source>translations</source>
        <translation>Translations</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="39"/>
        <source>resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="40"/>
        <source>demo scan</source>
        <translation>Demo scan</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="57"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="72"/>
        <source>the central did not answer</source>
        <translation>the central did not answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="79"/>
        <source>in use by the running kiosk</source>
        <translation>in use by the running kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="87"/>
        <source>the demo central did not answer</source>
        <translation>the demo central did not answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="97"/>
        <source>needs a valid config</source>
        <translation>needs a valid config</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="139"/>
        <source>demo configuration</source>
        <translation>demo configuration</translation>
    </message>
</context>
<context>
    <name>SelfCheckTable</name>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="74"/>
        <source>Self-check failed. Failed: %1, warnings: %2.</source>
        <translation>Self-check failed. Failed: %1, warnings: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="76"/>
        <source>Self-check passed. Failed: %1, warnings: %2.</source>
        <translation>Self-check passed. Failed: %1, warnings: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="92"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="94"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="96"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="97"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
</TS>
