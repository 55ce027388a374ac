"""What each screen needs a person to see, declared by the screen (:mod:`.needs`): what a layout
fits the window to, and what the layout test checks a person can see."""
