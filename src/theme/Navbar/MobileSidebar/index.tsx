/**
 * The theme's phone menu, built the first time it is opened instead of at load. The theme rendered it on every
 * phone as soon as the page had hydrated (every navbar item and every sidebar link, hidden off-screen), in the
 * same task as the other after-hydration updates. On first open it is inserted in its closed position and slides
 * in on the next frame, as it does on every later open.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import {useLockBodyScroll, useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';
import styles from './styles.module.css';

export default function NavbarMobileSidebar(): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  useLockBodyScroll(mobileSidebar.shown);
  const [built, setBuilt] = useState(false);
  const [entering, setEntering] = useState(false);
  if (mobileSidebar.shown && !built) {
    setBuilt(true);
    setEntering(true);
  }
  useEffect(() => {
    if (!entering) return undefined;
    // Two frames: the first paints the menu closed, so the second can transition it open.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setEntering(false));
    });
    return () => cancelAnimationFrame(frame);
  }, [entering]);
  if (!mobileSidebar.shouldRender || !built) return null;
  return (
    <div className={entering ? styles.entering : styles.entered}>
      <NavbarMobileSidebarLayout
        header={<NavbarMobileSidebarHeader />}
        primaryMenu={<NavbarMobileSidebarPrimaryMenu />}
        secondaryMenu={<NavbarMobileSidebarSecondaryMenu />}
      />
    </div>
  );
}
