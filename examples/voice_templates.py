"""Voice templates: the English voices on offer, and a demo of one."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        groups = tk.voice_templates.list(language="en-US")
        for group in groups:
            for voice in group.voices:
                print(f"{group.display_name}: {voice.name} ({voice.gender}, {voice.quality_tier})")
        first = groups[0].voices[0]
        print("demo:", tk.voice_templates.generate_demo(first.id).mp3_url)


if __name__ == "__main__":
    main()
